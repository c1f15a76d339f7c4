// Provides the serializers, views and viewsets of the generic view tests.
using RestFramework.Generics;
using RestFramework.Mixins;
using RestFramework.Permissions;
using RestFramework.Relations;
using RestFramework.Requests;
using RestFramework.Serializers;
using RestFramework.ViewSets;
using RestFramework.Views;

namespace RestFramework.Tests.Generics;

public sealed class NoteSerializer : ModelSerializer<Note>
{
    protected override void Meta(ModelMeta meta) => meta
        .Fields("id", "title", "body", "rank", "category")
        .Declare("category", new SlugRelatedField<Category>("slug"));
}

public sealed class CategorySerializer : ModelSerializer<Category>
{
    protected override void Meta(ModelMeta meta) => meta.Fields("id", "slug");
}

public sealed class NoteListCreateView : ListCreateApiView<Note>
{
    public override Type? SerializerType => typeof(NoteSerializer);

    public override IQueryable<Note> GetQueryset() => base.GetQueryset().OrderBy(n => n.Id);
}

public sealed class NoteDetailView : RetrieveUpdateDestroyApiView<Note>
{
    public override Type? SerializerType => typeof(NoteSerializer);
}

public sealed class NoteViewSet : ModelViewSet<Note>
{
    public override Type? SerializerType => typeof(NoteSerializer);

    public override IQueryable<Note> GetQueryset() => base.GetQueryset().OrderBy(n => n.Id);
}

/// <summary>Exposes only what it means: no destroy.</summary>
public sealed class CategoryViewSet : GenericViewSet<Category>, IListModelMixin, IRetrieveModelMixin, ICreateModelMixin, IUpdateModelMixin
{
    public override Type? SerializerType => typeof(CategorySerializer);

    public override string LookupField => "slug";

    public override IQueryable<Category> GetQueryset() => base.GetQueryset().OrderBy(c => c.Id);
}

/// <summary>Only staff may write; a note ranked 3 is nobody's business (an object permission).</summary>
public sealed class GuardedNoteViewSet : ModelViewSet<Note>
{
    public override Type? SerializerType => typeof(NoteSerializer);

    public override IReadOnlyList<Type>? PermissionTypes => [typeof(HidesRankThree)];

    public override IReadOnlyList<string>? SearchFields => ["title", "body"];
}

public sealed class HidesRankThree : BasePermission
{
    public override bool HasPermission(Request request, ApiView view) => IsSafeMethod(request.Method) || request.User.IsStaff;

    public override bool HasObjectPermission(Request request, ApiView view, object obj) => obj is Note { Rank: not 3 };
}

/// <summary>Writes need the user's model permissions (<c>notes.add_note</c>, ...).</summary>
public sealed class PermittedNoteViewSet : ModelViewSet<Note>
{
    public override Type? SerializerType => typeof(NoteSerializer);

    public override IReadOnlyList<Type>? PermissionTypes => [typeof(ModelPermissions)];
}
