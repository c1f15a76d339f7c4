// Ports DRF 3.14's Serializer validation: field order, Validate<Field> hooks, validate(), error shapes, partial and many (outputs recorded from DRF).
using System.Text.Json.Nodes;
using RestFramework.Exceptions;
using RestFramework.Serializers;
using RestFramework.Tests.Fields;

namespace RestFramework.Tests.Serializers;

public sealed class SerializerValidationTests
{
    [Theory]
    [InlineData("""{"name":"ann","age":3}""", """VALID {"name":"ANN","age":3,"nickname":"anon"}""", "validate_name,validate_age,validate")]
    [InlineData("""{"name":"ann","age":3,"unknown":1,"id":9,"city":"Oslo","email":"a@b.co"}""", """VALID {"name":"ANN","age":3,"email":"a@b.co","nickname":"anon","address":{"city":"Oslo"}}""", "validate_name,validate_age,validate")]
    [InlineData("{}", """INVALID {"name":["This field is required."],"age":["This field is required."]}""", "")]
    [InlineData("""{"name":"","age":"x"}""", """INVALID {"name":["This field may not be blank."],"age":["A valid integer is required."]}""", "")]
    [InlineData("""{"name":"bad","age":1}""", """INVALID {"name":["bad name"]}""", "validate_name,validate_age")]
    [InlineData("""{"name":"ann","age":13}""", """INVALID {"non_field_errors":["unlucky"]}""", "validate_name,validate_age,validate")]
    [InlineData("""{"name":"ann","age":14}""", """INVALID {"age":["fourteen"]}""", "validate_name,validate_age,validate")]
    [InlineData("""{"name":"ann","age":-1,"email":"x"}""", """INVALID {"age":["Ensure this value is greater than or equal to 0."],"email":["Enter a valid email address."]}""", "validate_name")]
    [InlineData("null", """INVALID {"non_field_errors":["No data provided"]}""", "")]
    [InlineData("[1]", """INVALID {"non_field_errors":["Invalid data. Expected a dictionary, but got list."]}""", "")]
    [InlineData("\"text\"", """INVALID {"non_field_errors":["Invalid data. Expected a dictionary, but got str."]}""", "")]
    [InlineData("""{"name":"ann","age":1,"inner":{"x":"a"}}""", """INVALID {"inner":{"x":["A valid integer is required."]}}""", "validate_name,validate_age")]
    [InlineData("""{"name":"ann","age":1,"inner":{"x":0}}""", """INVALID {"inner":{"non_field_errors":["zero not allowed"]}}""", "validate_name,validate_age")]
    [InlineData("""{"name":"ann","age":1,"inner":null}""", """INVALID {"inner":["This field may not be null."]}""", "validate_name,validate_age")]
    [InlineData("""{"name":"ann","age":1,"inners":[{"x":1},{"x":"a"},{},{"x":0}]}""", """INVALID {"inners":[{},{"x":["A valid integer is required."]},{"x":["This field is required."]},{"non_field_errors":["zero not allowed"]}]}""", "validate_name,validate_age")]
    [InlineData("""{"name":"ann","age":1,"inners":{"x":1}}""", """INVALID {"inners":{"non_field_errors":["Expected a list of items but got type \"dict\"."]}}""", "validate_name,validate_age")]
    [InlineData("""{"name":"ann","age":1,"tags":[1,"x"]}""", """INVALID {"tags":{"1":["A valid integer is required."]}}""", "validate_name,validate_age")]
    [InlineData("""{"name":"ann","age":1,"inner":{"x":5},"inners":[{"x":2}]}""", """VALID {"name":"ANN","age":1,"nickname":"anon","inner":{"x":5},"inners":[{"x":2}]}""", "validate_name,validate_age,validate")]
    public void Validation_runs_in_drf_order_with_drf_error_shapes(string input, string expected, string calls) =>
        Assert.Equal((expected, calls), Validate(input, partial: false));

    [Theory]
    [InlineData("""{"age":14}""", """INVALID {"age":["fourteen"]}""", "validate_age,validate")]
    [InlineData("""{"name":"x"}""", """VALID {"name":"X"}""", "validate_name,validate")]
    [InlineData("{}", "VALID {}", "validate")]
    public void Partial_validation_skips_missing_fields_and_defaults(string input, string expected, string calls) =>
        Assert.Equal((expected, calls), Validate(input, partial: true));

    [Theory]
    [InlineData("""[{"name":"a","age":1},{"name":"","age":2}]""", """INVALID [{},{"name":["This field may not be blank."]}]""")]
    [InlineData("""{"a":1}""", """INVALID {"non_field_errors":["Expected a list of items but got type \"dict\"."]}""")]
    [InlineData("[]", "VALID []")]
    [InlineData("[null]", """INVALID [["This field may not be null."]]""")]
    [InlineData("""[{"name":"a","age":1}]""", """VALID [{"name":"A","age":1,"nickname":"anon"}]""")]
    public void Many_validates_each_item_with_placeholders_for_valid_ones(string input, string expected)
    {
        var serializer = new PersonSerializer { Many = true, InitialData = JsonNode.Parse(input), Context = Context() };
        var valid = serializer.IsValid();
        Assert.Equal(expected, valid ? "VALID " + FieldCheck.Render(serializer.ValidatedList) : "INVALID " + FieldCheck.Render(serializer.Errors));
    }

    [Fact]
    public void Raise_exception_throws_validation_error_with_the_errors()
    {
        var serializer = new PersonSerializer { InitialData = JsonNode.Parse("{}"), Context = Context() };
        var error = Assert.Throws<ValidationError>(() => serializer.IsValid(raiseException: true));
        Assert.Equal("""{"name":["This field is required."],"age":["This field is required."]}""", FieldCheck.Render(error.Detail));
        Assert.Equal(400, error.StatusCode);
    }

    [Fact]
    public void Non_field_errors_key_follows_the_setting()
    {
        var options = new RestFramework.Settings.RestFrameworkOptions { NonFieldErrorsKey = "__all__" };
        var serializer = new PersonSerializer { InitialData = JsonNode.Parse("[]"), Context = Context(options) };
        Assert.False(serializer.IsValid());
        Assert.Equal("""{"__all__":["Invalid data. Expected a dictionary, but got list."]}""", FieldCheck.Render(serializer.Errors));
    }

    [Fact]
    public void Errors_and_validated_data_require_is_valid_first()
    {
        var serializer = new PersonSerializer { InitialData = JsonNode.Parse("{}") };
        Assert.Equal("You must call `.is_valid()` before accessing `.errors`.", Assert.Throws<InvalidOperationException>(() => serializer.Errors).Message);
        Assert.Equal("You must call `.is_valid()` before accessing `.validated_data`.", Assert.Throws<InvalidOperationException>(() => serializer.ValidatedData).Message);
    }

    [Fact]
    public void Is_valid_without_data_is_refused()
    {
        var serializer = new PersonSerializer { Instance = new Person() };
        Assert.Equal(
            "Cannot call `.is_valid()` as no `data=` keyword argument was passed when instantiating the serializer instance.",
            Assert.Throws<InvalidOperationException>(() => serializer.IsValid()).Message);
    }

    internal static SerializerContext Context(RestFramework.Settings.RestFrameworkOptions? options = null) =>
        new() { Items = { ["calls"] = new List<string>() }, Request = options is null ? null : TestRequests.Create(options) };

    private static (string, string) Validate(string input, bool partial)
    {
        var context = Context();
        var serializer = new PersonSerializer { InitialData = JsonNode.Parse(input), Partial = partial, Context = context };
        var valid = serializer.IsValid();
        var outcome = valid ? "VALID " + FieldCheck.Render(serializer.ValidatedData) : "INVALID " + FieldCheck.Render(serializer.Errors);
        return (outcome, string.Join(',', (List<string>)context.Items["calls"]!));
    }
}
