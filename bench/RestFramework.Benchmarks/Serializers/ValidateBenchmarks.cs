// Measures validating 10,000 book payloads through a serializer, against hand-written checks of the same rules.
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;

namespace RestFramework.Benchmarks.Serializers;

[MemoryDiagnoser]
public class ValidateBenchmarks
{
    private JsonNode[] _payloads = [];

    [Params(10_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup() => _payloads = [.. Enumerable.Range(0, Count).Select(i => JsonNode.Parse(
        $$"""{"title":"Book {{i}}","price":"{{i % 100}}.5","in_print":{{(i % 2 == 0 ? "true" : "false")}},"author":{"id":{{i % 50}},"name":"Author"},"tags":[{"id":1,"name":"a"},{"id":2,"name":"b"}]}""")!)];

    [Benchmark(Baseline = true)]
    public int HandWrittenChecks()
    {
        var valid = 0;
        foreach (var payload in _payloads)
        {
            var map = payload.AsObject();
            var title = map["title"]!.GetValue<string>().Trim();
            var price = decimal.Parse(map["price"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
            var inPrint = map["in_print"]!.GetValueKind() == JsonValueKind.True;
            var author = map["author"]!.AsObject();
            var tags = map["tags"]!.AsArray().Select(t => (t!["id"]!.GetValue<long>(), t["name"]!.GetValue<string>())).ToList();
            if (title.Length is > 0 and <= 100 && price < 10_000 && author["name"]!.GetValue<string>().Length <= 50 && tags.Count >= 0 && (inPrint || !inPrint))
            {
                valid++;
            }
        }
        return valid;
    }

    [Benchmark]
    public int SerializerIsValid()
    {
        var valid = 0;
        foreach (var payload in _payloads)
        {
            if (new BookItemSerializer { InitialData = payload }.IsValid())
            {
                valid++;
            }
        }
        return valid;
    }
}
