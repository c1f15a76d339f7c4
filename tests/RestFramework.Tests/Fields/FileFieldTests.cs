// Ports DRF 3.14's FileField and ImageField: uploads only, name, emptiness and length checks, image signatures, URL output.
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using RestFramework.Exceptions;
using RestFramework.Fields;
using RestFramework.Serializers;
using RestFramework.Tests.Serializers;

namespace RestFramework.Tests.Fields;

public sealed class FileFieldTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static JsonNode Upload(string name, byte[] content) =>
        JsonValue.Create<IFormFile>(new FormFile(new MemoryStream(content), 0, content.Length, "f", name))!;

    [Theory]
    [InlineData("a.txt", 3, null, "OK")]
    [InlineData("", 3, null, "No filename could be determined.")]
    [InlineData("a.txt", 0, null, "The submitted file is empty.")]
    [InlineData("abcdef.txt", 3, 5, "Ensure this filename has at most 5 characters (it has 10).")]
    public void Uploads_are_checked_as_drf(string name, int size, int? maxLength, string expected)
    {
        var field = new FileField { MaxLength = maxLength };
        field.Bind("f", null);
        Assert.Equal(expected, Outcome(() => field.RunValidation(Upload(name, new byte[size]))));
    }

    [Theory]
    [InlineData("\"text\"")]
    [InlineData("5")]
    public void Non_files_are_refused(string json)
    {
        var field = new FileField();
        field.Bind("f", null);
        Assert.Equal("The submitted data was not a file. Check the encoding type on the form.", Outcome(() => field.RunValidation(JsonNode.Parse(json))));
    }

    [Fact]
    public void Missing_file_says_no_file_was_submitted()
    {
        var field = new FileField();
        field.Bind("f", null);
        Assert.Equal("No file was submitted.", Outcome(() => field.RunValidation(Field.Empty)));
    }

    [Fact]
    public void Images_must_have_an_image_signature()
    {
        var field = new ImageField();
        field.Bind("f", null);
        Assert.Equal("OK", Outcome(() => field.RunValidation(Upload("a.png", Png))));
        Assert.Equal("Upload a valid image. The file you uploaded was either not an image or a corrupted image.", Outcome(() => field.RunValidation(Upload("a.png", [1, 2, 3]))));
    }

    [Fact]
    public void Stored_paths_render_as_absolute_urls_with_a_request()
    {
        var field = new FileField();
        field.Bind("f", null);
        var root = new PersonSerializer { Context = new SerializerContext { Request = TestRequests.Create() } };
        Assert.Equal("http://testserver/media/a.txt", field.ToRepresentation("/media/a.txt", root));
        Assert.Equal("/media/a.txt", field.ToRepresentation("/media/a.txt", null));
    }

    private static string Outcome(Func<object?> run)
    {
        try
        {
            run();
            return "OK";
        }
        catch (ValidationError error)
        {
            return ((ErrorDetail)((List<object>)error.Detail)[0]).Message;
        }
    }
}
