// Tests the lookups behind relations and unique validators: text that is not Unicode matches no row and runs no query.
using System.Text.Json.Nodes;
using RestFramework.Fields;
using RestFramework.Relations;
using RestFramework.Serializers;
using RestFramework.Tests.Fields;
using RestFramework.Tests.Serializers;

namespace RestFramework.Tests.Relations;

public sealed class EntityLookupTests
{
    private sealed class TagPick : Serializer
    {
        protected override void Configure(FieldBuilder fields) => fields.Add("tag", new SlugRelatedField<Tag>("name"));
    }

    private static (string Errors, int Queries) Validate(Serializer serializer, string field, string value)
    {
        var log = new SqlLog();
        using var db = ShopDb.Seed(log);
        log.Commands.Clear();
        // Built in C#: a JSON text cannot be read into a string holding a lone surrogate (the parser keeps it the same way).
        serializer.InitialData = new JsonObject { [field] = value };
        serializer.Context = new SerializerContext { DbContext = db };
        serializer.IsValid();
        return (FieldCheck.Render(serializer.Errors), log.Commands.Count);
    }

    [Fact]
    public void A_lone_surrogate_reaches_the_fields_own_message_without_a_unique_query()
    {
        // Npgsql cannot send such text (the query was a 500 on PostgreSQL); no row can hold it, so nothing is asked.
        var (errors, queries) = Validate(new AuthorModelSerializer(), "name", "\ud800");

        Assert.Contains("Surrogate characters are not allowed: U+D800.", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("already exists", errors, StringComparison.Ordinal);
        Assert.Equal(0, queries);
    }

    [Fact]
    public void A_lone_surrogate_slug_does_not_exist_without_a_query()
    {
        var (errors, queries) = Validate(new TagPick(), "tag", "x\udc00");

        Assert.Contains("does not exist", errors, StringComparison.Ordinal);
        Assert.Equal(0, queries);
    }

    [Fact]
    public void A_surrogate_pair_is_looked_up_as_usual()
    {
        var (errors, queries) = Validate(new TagPick(), "tag", "\ud83d\ude00");

        Assert.Contains("does not exist", errors, StringComparison.Ordinal);
        Assert.Equal(1, queries);
    }
}
