// Ports DRF 3.14's SimpleMetadata field descriptions (the OPTIONS "actions" body), recorded from DRF.
using RestFramework.Fields;
using RestFramework.Relations;
using RestFramework.Serializers;
using RestFramework.Tests.Fields;

namespace RestFramework.Tests.Serializers;

public sealed class SerializerMetadataTests
{
    private sealed class DescribedInnerSerializer : Serializer<object>
    {
        protected override void Configure(FieldBuilder fields) => fields.Add("x", new IntegerField { MinValue = 1, HelpText = "the x" });
    }

    private sealed class DescribedSerializer : Serializer<object>
    {
        protected override void Configure(FieldBuilder fields) => fields
            .Add("title", new CharField { MaxLength = 100, MinLength = 2 })
            .Add("price", new DecimalField { MaxDigits = 6, DecimalPlaces = 2, MaxValue = 10 })
            .Add("level", new ChoiceField(new KeyValuePair<object, string>("junior", "Junior"), new KeyValuePair<object, string>("mid", "Mid")))
            .Add("points", new ListField(new CharField { MaxLength = 5 }))
            .Add("inner", new DescribedInnerSerializer())
            .Add("inners", new DescribedInnerSerializer { Many = true, ReadOnly = true })
            .Add("hidden", new HiddenField(1))
            .Add("rel", new PrimaryKeyRelatedField<Tag> { Many = true })
            .Add("rel1", new PrimaryKeyRelatedField<Tag> { Required = false })
            .Add("flag", new BooleanField());
    }

    [Fact]
    public void Fields_are_described_as_drf_simple_metadata()
    {
        const string Expected = """{"title":{"type":"string","required":true,"read_only":false,"label":"Title","min_length":2,"max_length":100},"price":{"type":"decimal","required":true,"read_only":false,"label":"Price","max_value":10},"level":{"type":"choice","required":true,"read_only":false,"label":"Level","choices":[{"value":"junior","display_name":"Junior"},{"value":"mid","display_name":"Mid"}]},"points":{"type":"list","required":true,"read_only":false,"label":"Points","child":{"type":"string","required":true,"read_only":false,"max_length":5}},"inner":{"type":"nested object","required":true,"read_only":false,"label":"Inner","children":{"x":{"type":"integer","required":true,"read_only":false,"label":"X","help_text":"the x","min_value":1}}},"inners":{"type":"field","required":false,"read_only":true,"label":"Inners","child":{"type":"nested object","required":false,"read_only":true,"children":{"x":{"type":"integer","required":true,"read_only":false,"label":"X","help_text":"the x","min_value":1}}}},"rel":{"type":"field","required":true,"read_only":false,"label":"Rel"},"rel1":{"type":"field","required":false,"read_only":false,"label":"Rel1"},"flag":{"type":"boolean","required":true,"read_only":false,"label":"Flag"}}""";
        Assert.Equal(Expected, FieldCheck.Render(SerializerMetadata.Describe(new DescribedSerializer())));
    }
}
