// Provides the leaf of an error response: a message that also carries its code, as DRF's ErrorDetail.
namespace RestFramework.Exceptions;

/// <summary>An error message with a machine-readable code; renders as its message.</summary>
/// <param name="Message">The human-readable message sent on the wire.</param>
/// <param name="Code">The code, such as <c>invalid</c> or <c>required</c>.</param>
public sealed record ErrorDetail(string Message, string Code)
{
    /// <inheritdoc />
    public override string ToString() => Message;
}
