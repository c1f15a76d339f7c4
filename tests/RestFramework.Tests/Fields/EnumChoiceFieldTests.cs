// Covers ChoiceField over C# enums: snake_case values in and out, DRF's invalid_choice message.
using RestFramework.Fields;

namespace RestFramework.Tests.Fields;

public sealed class EnumChoiceFieldTests
{
    public enum Level
    {
        Low,
        VeryHigh,
    }

    [Theory]
    [InlineData("\"low\"", "OK \"low\"")]
    [InlineData("\"very_high\"", "OK \"very_high\"")]
    [InlineData("\"VeryHigh\"", """ERR ["\"VeryHigh\" is not a valid choice."]""")]
    [InlineData("1", """ERR ["\"1\" is not a valid choice."]""")]
    public void Enum_choices_use_snake_case_names(string input, string expected) =>
        Assert.Equal(expected, FieldCheck.Run(ChoiceField.ForEnum<Level>(), input));

    [Fact]
    public void Enum_choices_have_word_labels_and_native_enum_values()
    {
        var field = ChoiceField.ForEnum<Level>();
        Assert.Equal([(Level.Low, "Low"), (Level.VeryHigh, "Very high")], field.Choices.Select(c => ((Level)c.Key, c.Value)));
        field.Bind("level", null);
        Assert.Equal(Level.VeryHigh, field.RunValidation(System.Text.Json.Nodes.JsonValue.Create("very_high")));
    }
}
