using RestFramework.Throttling;

namespace RestFramework.Tests.Throttling;

public sealed class ThrottleRateTests
{
    [Theory]
    [InlineData("5/minute", 5, 60)]
    [InlineData("5/min", 5, 60)]
    [InlineData("5/m", 5, 60)]
    [InlineData("1/s", 1, 1)]
    [InlineData("1/second", 1, 1)]
    [InlineData("10/hour", 10, 3600)]
    [InlineData("100/day", 100, 86400)]
    [InlineData("100/days", 100, 86400)]
    [InlineData(" 7 /h", 7, 3600)]
    public void Rates_use_the_count_and_the_first_letter_of_the_period(string rate, int count, int duration)
    {
        Assert.Equal(new ThrottleRate(count, duration), ThrottleRate.Parse(rate));
    }

    [Fact]
    public void A_null_rate_means_no_throttling()
    {
        Assert.Null(ThrottleRate.Parse(null));
    }

    [Theory]
    [InlineData("5")]
    [InlineData("five/minute")]
    [InlineData("5/year")]
    [InlineData("5/")]
    [InlineData("5/M")]
    [InlineData("5/m/s")]
    public void Malformed_rates_are_rejected(string rate)
    {
        var error = Assert.Throws<FormatException>(() => ThrottleRate.Parse(rate));

        Assert.StartsWith($"Invalid throttle rate '{rate}'", error.Message, StringComparison.Ordinal);
    }
}
