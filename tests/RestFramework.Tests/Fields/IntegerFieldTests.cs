// Ports DRF 3.14's IntegerField behaviour: accepted inputs, rejected inputs and exact messages (generated from running DRF).
using RestFramework.Fields;

namespace RestFramework.Tests.Fields;

public sealed class IntegerFieldTests
{
    [Theory]
    [InlineData("plain", "\"12\"", "OK 12")]
    [InlineData("plain", "12.0", "OK 12")]
    [InlineData("plain", "\"12.0\"", "OK 12")]
    [InlineData("plain", "\" 7 \"", "OK 7")]
    [InlineData("plain", "\"12.5\"", "ERR [\"A valid integer is required.\"]")]
    [InlineData("plain", "12.5", "ERR [\"A valid integer is required.\"]")]
    [InlineData("plain", "true", "ERR [\"A valid integer is required.\"]")]
    [InlineData("plain", "\"\"", "ERR [\"A valid integer is required.\"]")]
    [InlineData("plain", "\"1e3\"", "ERR [\"A valid integer is required.\"]")]
    [InlineData("plain", "null", "ERR [\"This field may not be null.\"]")]
    [InlineData("plain", "\"+5\"", "OK 5")]
    [InlineData("plain", "\"0x1\"", "ERR [\"A valid integer is required.\"]")]
    [InlineData("plain", "[1]", "ERR [\"A valid integer is required.\"]")]
    [InlineData("plain", "\"11111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111\"", "ERR [\"String value too large.\"]")]
    [InlineData("plain", "\"\u0663\u0660\"", "OK 30")]
    [InlineData("plain", "\"\uff14\"", "OK 4")]
    [InlineData("plain", "\"1_0\"", "OK 10")]
    [InlineData("plain", "\"1__0\"", "ERR [\"A valid integer is required.\"]")]
    [InlineData("plain", "\"40.0\u00a0\"", "OK 40")]
    [InlineData("plain", "\"40.0\\u001c\"", "OK 40")]
    [InlineData("plain", "\"\\u001c40\"", "ERR [\"A valid integer is required.\"]")]
    [InlineData("limits", "\"99999999999999999999\"", "ERR [\"Ensure this value is less than or equal to 10.\"]")]
    [InlineData("limits", "\"-99999999999999999999\"", "ERR [\"Ensure this value is greater than or equal to 1.\"]")]
    [InlineData("limits", "11", "ERR [\"Ensure this value is less than or equal to 10.\"]")]
    [InlineData("limits", "0", "ERR [\"Ensure this value is greater than or equal to 1.\"]")]
    [InlineData("limits", "5", "OK 5")]
    [InlineData("plain", "\"\uff15\"", "OK 5")]
    [InlineData("plain", "\"\u0663\"", "OK 3")]
    [InlineData("plain", "\"_1\"", "ERR [\"A valid integer is required.\"]")]
    [InlineData("plain", "\"1_\"", "ERR [\"A valid integer is required.\"]")]
    [InlineData("plain", "\" +7 \"", "OK 7")]
    [InlineData("plain", "\"7.000 \"", "OK 7")]
    [InlineData("plain", "\"7.\"", "OK 7")]
    [InlineData("plain", "\"007\"", "OK 7")]
    [InlineData("plain", "\" \"", "ERR [\"A valid integer is required.\"]")]
    [InlineData("plain", "\"- 1\"", "ERR [\"A valid integer is required.\"]")]
    [InlineData("plain", "\"\u22121\"", "ERR [\"A valid integer is required.\"]")]
    [InlineData("plain", "\"inf\"", "ERR [\"A valid integer is required.\"]")]
    [InlineData("plain", "1e400", "ERR [\"A valid integer is required.\"]")]
    [InlineData("plain", "1e3", "OK 1000")]
    [InlineData("limits", "10000000000000000000000", "ERR [\"Ensure this value is less than or equal to 10.\"]")]
    [InlineData("limits", "\"-10000000000000000000000\"", "ERR [\"Ensure this value is greater than or equal to 1.\"]")]
    public void Input_is_validated_and_rendered_as_drf_does(string variant, string input, string expected) =>
        Assert.Equal(expected, FieldCheck.Run(Create(variant), input));

    private static Field Create(string variant) => variant switch
    {
        "plain" => new IntegerField(),
        "limits" => new IntegerField { MaxValue = 10, MinValue = 1 },
        _ => throw new ArgumentOutOfRangeException(nameof(variant)),
    };

    // No value reaches a member that cannot hold it: the range of the member the source names, else 64 bits (the native
    // long); a declared limit inside that range replaces its side, one outside it does not widen it.
    [Theory]
    [InlineData("plain", "9223372036854775807", "OK 9223372036854775807")]
    [InlineData("plain", "-9223372036854775808", "OK -9223372036854775808")]
    [InlineData("plain", "9223372036854775808", "ERR [\"Ensure this value is less than or equal to 9223372036854775807.\"]")]
    [InlineData("plain", "\"-9223372036854775809\"", "ERR [\"Ensure this value is greater than or equal to -9223372036854775808.\"]")]
    [InlineData("plain", "10000000000000000000000", "ERR [\"Ensure this value is less than or equal to 9223372036854775807.\"]")]
    [InlineData("plain", "-BIG", "ERR [\"Ensure this value is greater than or equal to -9223372036854775808.\"]")]
    [InlineData("plain", "\"BIG\"", "ERR [\"Ensure this value is less than or equal to 9223372036854775807.\"]")]
    [InlineData("plain", "BIG.0", "ERR [\"A valid integer is required.\"]")]
    [InlineData("count", "2147483647", "OK 2147483647")]
    [InlineData("count", "2147483648", "ERR [\"Ensure this value is less than or equal to 2147483647.\"]")]
    [InlineData("count", "-2147483649", "ERR [\"Ensure this value is greater than or equal to -2147483648.\"]")]
    [InlineData("count", "BIG", "ERR [\"Ensure this value is less than or equal to 2147483647.\"]")]
    [InlineData("small", "32768", "ERR [\"Ensure this value is less than or equal to 32767.\"]")]
    [InlineData("small", "-32768", "OK -32768")]
    [InlineData("tiny", "-1", "ERR [\"Ensure this value is greater than or equal to 0.\"]")]
    [InlineData("tiny", "256", "ERR [\"Ensure this value is less than or equal to 255.\"]")]
    [InlineData("unsigned", "4294967296", "ERR [\"Ensure this value is less than or equal to 4294967295.\"]")]
    [InlineData("huge", "9223372036854775808", "ERR [\"Ensure this value is less than or equal to 9223372036854775807.\"]")]
    [InlineData("huge", "-1", "ERR [\"Ensure this value is greater than or equal to 0.\"]")]
    [InlineData("optional", "2147483648", "ERR [\"Ensure this value is less than or equal to 2147483647.\"]")]
    [InlineData("text", "9223372036854775808", "ERR [\"Ensure this value is less than or equal to 9223372036854775807.\"]")]
    [InlineData("count at least 1", "0", "ERR [\"Ensure this value is greater than or equal to 1.\"]")]
    [InlineData("count at least 1", "2147483648", "ERR [\"Ensure this value is less than or equal to 2147483647.\"]")]
    [InlineData("count at least 1", "-BIG", "ERR [\"Ensure this value is greater than or equal to 1.\"]")]
    [InlineData("count at most 10", "11", "ERR [\"Ensure this value is less than or equal to 10.\"]")]
    [InlineData("count at most 10", "-2147483649", "ERR [\"Ensure this value is greater than or equal to -2147483648.\"]")]
    [InlineData("count at most long max", "2147483648", "ERR [\"Ensure this value is less than or equal to 2147483647.\"]")]
    [InlineData("count at most long max", "2147483647", "OK 2147483647")]
    [InlineData("dotted source", "2147483648", "ERR [\"Ensure this value is less than or equal to 2147483647.\"]")]
    [InlineData("dotted source", "-2147483648", "OK -2147483648")]
    public void Input_is_limited_to_the_range_of_its_member_else_64_bits(string variant, string input, string expected)
    {
        var serializer = new RangeSerializer();
        var field = serializer.Fields[variant];
        Assert.Equal(expected, FieldCheck.Run(field, input.Replace("BIG", Big, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_value_that_passes_the_range_fits_the_member_it_is_assigned_to()
    {
        var field = new RangeSerializer().Fields["count"];

        var value = field.RunValidation(System.Text.Json.Nodes.JsonNode.Parse("-2147483648"));

        Assert.Equal(int.MinValue, Coercion.To(value, typeof(int)));
    }

    private static readonly string Big = new('9', 401);
}

/// <summary>A target with integer members of every width, for the range rule of <see cref="IntegerField"/>.</summary>
public sealed class RangeTarget
{
    public int Count { get; set; }

    public short Small { get; set; }

    public byte Tiny { get; set; }

    public uint Unsigned { get; set; }

    public ulong Huge { get; set; }

    public int? Optional { get; set; }

    public string Text { get; set; } = string.Empty;

    public RangeTarget? Child { get; set; }
}

public sealed class RangeSerializer : RestFramework.Serializers.Serializer<RangeTarget>
{
    protected override void Configure(RestFramework.Serializers.FieldBuilder fields) => fields
        .Add("plain", new IntegerField())
        .Add("count", new IntegerField())
        .Add("small", new IntegerField())
        .Add("tiny", new IntegerField())
        .Add("unsigned", new IntegerField())
        .Add("huge", new IntegerField())
        .Add("optional", new IntegerField())
        .Add("text", new IntegerField())
        .Add("count at least 1", new IntegerField { Source = "Count", MinValue = 1 })
        .Add("count at most 10", new IntegerField { Source = "Count", MaxValue = 10 })
        .Add("count at most long max", new IntegerField { Source = "Count", MaxValue = long.MaxValue })
        .Add("dotted source", new IntegerField { Source = "child.count" });
}
