// Ports DRF 3.14's save(): create versus update, extra attributes, and the assertions guarding misuse.
using System.Text.Json.Nodes;
using RestFramework.Serializers;

namespace RestFramework.Tests.Serializers;

public sealed class SerializerSaveTests
{
    [Fact]
    public async Task Save_creates_without_an_instance_and_updates_with_one()
    {
        var create = new PersonSerializer { InitialData = JsonNode.Parse("""{"name":"ann","age":3}"""), Context = SerializerValidationTests.Context() };
        create.IsValid(raiseException: true);
        var created = Assert.IsType<Person>(await create.SaveAsync());
        Assert.Equal(("ANN", 3L), (created.Name, created.Age));
        Assert.Same(created, create.Instance);

        var existing = new Person { Name = "old", Age = 9 };
        var update = new PersonSerializer { Instance = existing, InitialData = JsonNode.Parse("""{"name":"new"}"""), Partial = true, Context = SerializerValidationTests.Context() };
        update.IsValid(raiseException: true);
        Assert.Same(existing, await update.SaveAsync());
        Assert.Equal(("NEW", 9L), (existing.Name, existing.Age));
    }

    [Fact]
    public async Task Save_requires_valid_data_and_no_prior_data_access()
    {
        var unchecked_ = new PersonSerializer { InitialData = JsonNode.Parse("{}") };
        Assert.Equal("You must call `.is_valid()` before calling `.save()`.", (await Assert.ThrowsAsync<InvalidOperationException>(() => unchecked_.SaveAsync().AsTask())).Message);

        var invalid = new PersonSerializer { InitialData = JsonNode.Parse("{}"), Context = SerializerValidationTests.Context() };
        invalid.IsValid();
        Assert.Equal("You cannot call `.save()` on a serializer with invalid data.", (await Assert.ThrowsAsync<InvalidOperationException>(() => invalid.SaveAsync().AsTask())).Message);

        var read = new PersonSerializer { InitialData = JsonNode.Parse("""{"name":"a","age":1}"""), Context = SerializerValidationTests.Context() };
        read.IsValid();
        _ = read.Data;
        Assert.StartsWith("You cannot call `.save()` after accessing `serializer.data`.", (await Assert.ThrowsAsync<InvalidOperationException>(() => read.SaveAsync().AsTask())).Message);
    }

    [Fact]
    public async Task Save_without_create_is_not_implemented()
    {
        var serializer = new InnerSerializer { InitialData = JsonNode.Parse("""{"x":1}""") };
        serializer.IsValid(raiseException: true);
        Assert.Equal("`create()` must be implemented.", (await Assert.ThrowsAsync<InvalidOperationException>(() => serializer.SaveAsync().AsTask())).Message);
    }

    [Fact]
    public async Task Many_save_creates_each_item_and_refuses_update()
    {
        var serializer = new PersonSerializer { Many = true, InitialData = JsonNode.Parse("""[{"name":"a","age":1},{"name":"b","age":2}]"""), Context = SerializerValidationTests.Context() };
        serializer.IsValid(raiseException: true);
        var created = Assert.IsType<List<object>>(await serializer.SaveAsync(new Dictionary<string, object?> { ["age"] = 7L }));
        Assert.Equal([7L, 7L], created.Cast<Person>().Select(p => p.Age));

        var update = new PersonSerializer { Many = true, Instance = new List<Person>(), InitialData = JsonNode.Parse("[]"), Context = SerializerValidationTests.Context() };
        update.IsValid();
        Assert.StartsWith("Serializers with many=True do not support multiple update by default", (await Assert.ThrowsAsync<InvalidOperationException>(() => update.SaveAsync().AsTask())).Message);
    }
}
