// Ports DRF 3.14's Field base behaviour: error_messages, validators (all run, messages accumulated), hidden, read-only and callable defaults, argument assertions.
using System.Text.Json.Nodes;
using RestFramework.Exceptions;
using RestFramework.Fields;
using RestFramework.Serializers;
using RestFramework.Validators;

namespace RestFramework.Tests.Fields;

public sealed class FieldTests
{
    [Theory]
    [InlineData("{}", """INVALID {"a":["give a"],"b":["This field is required."]}""")]
    [InlineData("""{"a":"x","b":9,"c":1,"d":"z"}""", """INVALID {"b":["no","Ensure this value is less than or equal to 3."]}""")]
    [InlineData("""{"a":"x","b":1}""", """VALID {"a":"x","b":1,"c":7,"e":42}""")]
    public void Field_arguments_behave_as_drf(string input, string expected)
    {
        var serializer = new ArgumentsSerializer { InitialData = JsonNode.Parse(input) };
        var valid = serializer.IsValid();
        Assert.Equal(expected, valid ? "VALID " + FieldCheck.Render(serializer.ValidatedData) : "INVALID " + FieldCheck.Render(serializer.Errors));
    }

    [Theory]
    [InlineData(true, true, null, "May not set both `read_only` and `write_only`")]
    [InlineData(true, false, true, "May not set both `read_only` and `required`")]
    public void Conflicting_arguments_are_refused(bool readOnly, bool writeOnly, bool? required, string message)
    {
        var field = new CharField { ReadOnly = readOnly, WriteOnly = writeOnly, Required = required };
        Assert.Equal(message, Assert.Throws<InvalidOperationException>(() => field.Bind("f", null)).Message);
    }

    [Fact]
    public void Required_with_default_is_refused() =>
        Assert.Equal("May not set both `required` and `default`",
            Assert.Throws<InvalidOperationException>(() => new CharField { Required = true, Default = "x" }.Bind("f", null)).Message);

    [Fact]
    public void Redundant_source_is_refused() =>
        Assert.StartsWith("It is redundant to specify `source='f'` on field 'CharField'",
            Assert.Throws<InvalidOperationException>(() => new CharField { Source = "f" }.Bind("f", null)).Message);

    [Fact]
    public void Unknown_error_key_is_a_developer_error()
    {
        var field = new CharField();
        Assert.Equal("ValidationError raised by `CharField`, but error key `nope` does not exist in the `error_messages` dictionary.",
            Assert.Throws<InvalidOperationException>(() => field.Fail("nope")).Message);
    }

    [Fact]
    public void Label_defaults_to_the_capitalised_field_name()
    {
        var field = new CharField();
        field.Bind("first_name", null);
        Assert.Equal("First name", field.Label);
    }

    [Fact]
    public void Read_only_field_renders_the_attribute_unchanged()
    {
        var field = new ReadOnlyField();
        field.Bind("nickname", null);
        Assert.Equal("n", field.ToRepresentation(field.GetAttribute(new { Nickname = "n" }, null)!, null));
        Assert.True(field.ReadOnly);
    }

    [Fact]
    public void Missing_attribute_on_a_required_field_names_field_and_serializer()
    {
        var field = new CharField();
        field.Bind("missing", null);
        var error = Assert.Throws<InvalidOperationException>(() => field.GetAttribute(new { Name = "x" }, null));
        Assert.StartsWith("Got AttributeError when attempting to get a value for field `missing`", error.Message);
    }

    private sealed class ArgumentsSerializer : Serializer<object>
    {
        protected override void Configure(FieldBuilder fields) => fields
            .Add("a", new CharField { ErrorMessages = new Dictionary<string, string> { ["required"] = "give a" } })
            .Add("b", new IntegerField { MaxValue = 3, Validators = [new DelegateValidator(v => { if ((long)v! > 5) { throw new ValidationError("no"); } })] })
            .Add("c", new HiddenField(7L))
            .Add("d", new CharField { ReadOnly = true, Default = "dflt" })
            .Add("e", new IntegerField { Default = (Func<object?>)(() => 42L) });
    }
}
