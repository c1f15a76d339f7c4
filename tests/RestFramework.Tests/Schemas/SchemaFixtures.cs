// Provides the serializers and viewsets of the schema tests: one field of each kind.
using RestFramework.Fields;
using RestFramework.Serializers;
using RestFramework.Tests.Generics;
using RestFramework.ViewSets;

namespace RestFramework.Tests.Schemas;

public sealed class OwnerSerializer : Serializer<Note>
{
    protected override void Configure(FieldBuilder fields) => fields.Add("name", new CharField { MaxLength = 30 });
}

public sealed class KitchenSinkSerializer : Serializer<Note>
{
    protected override void Configure(FieldBuilder fields) => fields
        .Add("id", new IntegerField { ReadOnly = true })
        .Add("code", new CharField { MinLength = 2, MaxLength = 8, HelpText = "A short code." })
        .Add("secret", new CharField { WriteOnly = true })
        .Add("score", new IntegerField { MinValue = 0, MaxValue = 10 })
        .Add("price", new DecimalField { MaxDigits = 5, DecimalPlaces = 2 })
        .Add("ratio", new FloatField { Required = false })
        .Add("when", new DateTimeField { AllowNull = true })
        .Add("day", new DateField())
        .Add("email", new EmailField())
        .Add("site", new UrlField())
        .Add("level", new ChoiceField("easy", "hard"))
        .Add("tags", new ListField(new CharField()))
        .Add("active", new BooleanField())
        .Add("owner", new OwnerSerializer())
        .Add("hidden", new HiddenField("x"));
}

public sealed class KitchenSinkViewSet : ModelViewSet<Note>
{
    public override Type? SerializerType => typeof(KitchenSinkSerializer);
}
