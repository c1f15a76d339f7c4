// Provides a file to upload in a multipart test request.
namespace RestFramework.Testing;

/// <summary>A file part of a multipart request.</summary>
/// <param name="FileName">The file name sent in <c>Content-Disposition</c>.</param>
/// <param name="Content">The file's bytes.</param>
/// <param name="ContentType">The part's content type.</param>
public sealed record ApiFile(string FileName, byte[] Content, string ContentType = "application/octet-stream");
