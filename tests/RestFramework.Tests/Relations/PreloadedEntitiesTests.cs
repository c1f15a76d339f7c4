// Tests preloaded entities: unique validators and relations answered from memory for covered values, queried otherwise.
using System.Text.Json.Nodes;
using RestFramework.Fields;
using RestFramework.Relations;
using RestFramework.Serializers;
using RestFramework.Tests.Fields;
using RestFramework.Tests.Serializers;

namespace RestFramework.Tests.Relations;

public sealed class PreloadedEntitiesTests
{
    private sealed class Picks : Serializer
    {
        protected override void Configure(FieldBuilder fields)
        {
            fields.Add("author", new PrimaryKeyRelatedField<Author> { Required = false });
            fields.Add("tag", new SlugRelatedField<Tag>("name") { Required = false });
            fields.Add("other_tag", new PrimaryKeyRelatedField<Tag> { Required = false, Queryset = c => ((ShopDb)c.DbContext!).Tags.Where(t => t.Name != "classic") });
        }
    }

    private static string Validate(Serializer serializer, ShopDb db, PreloadedEntities preloaded, string input, object? instance = null)
    {
        serializer.InitialData = JsonNode.Parse(input);
        serializer.Instance = instance;
        serializer.Context = new SerializerContext { DbContext = db, Preloaded = preloaded };
        serializer.IsValid();
        return FieldCheck.Render(serializer.Errors);
    }

    [Fact]
    public void Unique_checks_of_covered_values_run_no_query()
    {
        var log = new SqlLog();
        using var db = ShopDb.Seed(log);
        var preloaded = new PreloadedEntities().Cover((Author a) => a.Name, ["Ann", "Cy"], db.Authors.Where(a => a.Name == "Ann").ToList());
        log.Commands.Clear();

        var taken = Validate(new AuthorModelSerializer(), db, preloaded, """{"name":"Ann"}""");
        var free = Validate(new AuthorModelSerializer(), db, preloaded, """{"name":"Cy"}""");

        Assert.Equal(("""{"name":["author with this name already exists."]}""", "{}"), (taken, free));
        Assert.Empty(log.Commands);
    }

    [Fact]
    public void Values_not_covered_are_queried_as_without_preloading()
    {
        var log = new SqlLog();
        using var db = ShopDb.Seed(log);
        var preloaded = new PreloadedEntities().Cover((Author a) => a.Name, ["Cy"], []);
        log.Commands.Clear();

        var taken = Validate(new AuthorModelSerializer(), db, preloaded, """{"name":"Bob"}""");

        Assert.Equal("""{"name":["author with this name already exists."]}""", taken);
        Assert.Single(log.Commands);
    }

    [Fact]
    public void Tracked_entities_are_seen_by_later_checks_and_the_updated_instance_is_excluded()
    {
        var log = new SqlLog();
        using var db = ShopDb.Seed(log);
        var ann = db.Authors.Single(a => a.Name == "Ann");
        var preloaded = new PreloadedEntities().Cover((Author a) => a.Name, ["Ann", "Cy"], [ann]);
        log.Commands.Clear();

        preloaded.Track(new Author { Name = "Cy" });
        var created = Validate(new AuthorModelSerializer(), db, preloaded, """{"name":"Cy"}""");
        var sameInstance = Validate(new AuthorModelSerializer(), db, preloaded, """{"name":"Ann"}""", ann);
        ann.Name = "Ann B";
        preloaded.Track(ann);
        var oldNameFree = Validate(new AuthorModelSerializer(), db, preloaded, """{"name":"Ann"}""");
        var newNameTaken = Validate(new AuthorModelSerializer(), db, preloaded, """{"name":"Ann B"}""");

        Assert.Equal("""{"name":["author with this name already exists."]}""", created);
        Assert.Equal(("{}", "{}"), (sameInstance, oldNameFree));
        Assert.Equal("""{"name":["author with this name already exists."]}""", newNameTaken);
        Assert.Empty(log.Commands);
    }

    [Fact]
    public void Primary_key_and_slug_relations_find_covered_values_in_memory_with_drf_messages()
    {
        var log = new SqlLog();
        using var db = ShopDb.Seed(log);
        var preloaded = new PreloadedEntities()
            .Cover((Author a) => a.Id, [1, 9], db.Authors.Where(a => a.Id == 1).ToList())
            .Cover((Tag t) => t.Name, ["fiction", "nope"], db.Tags.Where(t => t.Name == "fiction").ToList());
        log.Commands.Clear();

        var found = new Picks();
        var foundErrors = Validate(found, db, preloaded, """{"author":"1","tag":"fiction"}""");
        var missing = Validate(new Picks(), db, preloaded, """{"author":9,"tag":"nope"}""");

        Assert.Equal("{}", foundErrors);
        Assert.Equal(("Ann", "fiction"), (((Author)found.ValidatedData["author"]!).Name, ((Tag)found.ValidatedData["tag"]!).Name));
        Assert.Equal("""{"author":["Invalid pk \"9\" - object does not exist."],"tag":["Object with name=nope does not exist."]}""", missing);
        Assert.Empty(log.Commands);
    }

    [Fact]
    public void A_filtered_queryset_is_always_queried()
    {
        var log = new SqlLog();
        using var db = ShopDb.Seed(log);
        var preloaded = new PreloadedEntities().Cover((Tag t) => t.Id, [2], db.Tags.Where(t => t.Id == 2).ToList());
        log.Commands.Clear();

        var errors = Validate(new Picks(), db, preloaded, """{"other_tag":2}""");

        Assert.Equal("""{"other_tag":["Invalid pk \"2\" - object does not exist."]}""", errors);
        Assert.Single(log.Commands);
    }

    [Fact]
    public void Cover_needs_a_property_of_the_entity() =>
        Assert.Throws<ArgumentException>(() => new PreloadedEntities().Cover((Author a) => a.Name.ToUpperInvariant(), [], []));
}
