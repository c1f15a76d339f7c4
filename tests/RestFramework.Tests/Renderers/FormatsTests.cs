using RestFramework.Renderers;

namespace RestFramework.Tests.Renderers;

public sealed class FormatsTests
{
    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(1.5, "1.5")]
    [InlineData(-2.0, "-2.0")]
    [InlineData(0.1, "0.1")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e-5, "1e-05")]
    [InlineData(123456789.125, "123456789.125")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001234, "1.234e-05")]
    [InlineData(1234567890123456.0, "1234567890123456.0")]
    [InlineData(1.5e300, "1.5e+300")]
    [InlineData(-0.5, "-0.5")]
    [InlineData(100.0, "100.0")]
    public void Float_matches_python_repr(double value, string text) => Assert.Equal(text, Formats.Float(value));

    [Fact]
    public void Utc_datetime_uses_z_and_omits_zero_microseconds()
    {
        Assert.Equal("2020-01-02T03:04:05Z", Formats.DateTime(new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc)));
        Assert.Equal("2020-01-02T03:04:05.123456Z", Formats.DateTime(new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc).AddTicks(1234560)));
    }

    [Fact]
    public void Offset_datetime_keeps_its_offset()
    {
        var value = new DateTimeOffset(2020, 1, 2, 3, 4, 5, TimeSpan.FromHours(2));

        Assert.Equal("2020-01-02T03:04:05+02:00", Formats.DateTime(value));
    }

    [Fact]
    public void Time_has_microseconds_only_when_non_zero()
    {
        Assert.Equal("03:04:05", Formats.Time(new TimeOnly(3, 4, 5)));
        Assert.Equal("03:04:05.000006", Formats.Time(new TimeOnly(3, 4, 5).Add(TimeSpan.FromTicks(60))));
    }
}
