using RestFramework.Pagination;

namespace RestFramework.Tests.Pagination;

public sealed class PositiveIntTests
{
    // DRF's _positive_int(text, strict, cutoff=5): null where it raises ValueError.
    [Theory]
    [InlineData("7", 5, 5)]
    [InlineData("3", 3, 3)]
    [InlineData(" 3 ", 3, 3)]
    [InlineData("+3", 3, 3)]
    [InlineData("1_0", 5, 5)]
    [InlineData("\u0663", 3, 3)]
    [InlineData("\uff14", 4, 4)]
    [InlineData("\u00a03", 3, 3)]
    [InlineData("1__0", null, null)]
    [InlineData("\u001c3", null, null)]
    [InlineData("0", 0, null)]
    [InlineData("-1", null, null)]
    [InlineData("x", null, null)]
    [InlineData("1.0", null, null)]
    [InlineData("", null, null)]
    [InlineData("99999999999999999999999", 5, 5)]
    public void Parses_as_drf(string text, int? lax, int? strict)
    {
        Assert.Equal(lax, PositiveInt.TryParse(text, strict: false, 5, out var a) ? a : null);
        Assert.Equal(strict, PositiveInt.TryParse(text, strict: true, 5, out var b) ? b : null);
    }
}
