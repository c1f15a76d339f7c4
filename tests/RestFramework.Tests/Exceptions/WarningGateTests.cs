using RestFramework.Exceptions;
using RestFramework.Tests.Throttling;

namespace RestFramework.Tests.Exceptions;

public sealed class WarningGateTests
{
    [Fact]
    public void One_warning_passes_per_interval()
    {
        var time = new FakeTimeProvider();
        var gate = new WarningGate(time, TimeSpan.FromMinutes(1));

        var first = gate.Allow();
        var again = gate.Allow();
        time.Advance(59);
        var beforeInterval = gate.Allow();
        time.Advance(1);
        var afterInterval = gate.Allow();
        var afterThat = gate.Allow();

        Assert.Equal([true, false, false, true, false], new[] { first, again, beforeInterval, afterInterval, afterThat });
    }

    [Fact]
    public void Concurrent_callers_let_exactly_one_warning_through()
    {
        var gate = new WarningGate(new FakeTimeProvider(), TimeSpan.FromMinutes(1));
        var allowed = 0;

        Parallel.For(0, 1000, _ =>
        {
            if (gate.Allow())
            {
                Interlocked.Increment(ref allowed);
            }
        });

        Assert.Equal(1, allowed);
    }
}
