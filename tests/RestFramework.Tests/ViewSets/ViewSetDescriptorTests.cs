using RestFramework.Requests;
using RestFramework.Responses;
using RestFramework.Routers;
using RestFramework.ViewSets;

namespace RestFramework.Tests.ViewSets;

public sealed class ViewSetDescriptorTests
{
    // These fixtures are the mistakes RestFramework.Analyzers reports at compile time; the tests below check the runtime's own errors.
#pragma warning disable RF1001, RF1002, RF1003, RF1004, RF1005, RF1006
    private sealed class ActionNamedList : ViewSet
    {
        [Action(Detail = false)]
        public ValueTask<Response> List(Request request) => throw new InvalidOperationException();

        [Action(Detail = true)]
        public ValueTask<Response> Retrieve(Request request) => throw new InvalidOperationException();
    }

    private sealed class MissingDetail : ViewSet
    {
        [Action]
        public ValueTask<Response> ArchiveAsync(Request request) => throw new InvalidOperationException();
    }

    private sealed class NameAndSuffix : ViewSet
    {
        [Action(Detail = true, Name = "Archive", Suffix = "Archive")]
        public ValueTask<Response> ArchiveAsync(Request request) => throw new InvalidOperationException();
    }

    private sealed class WrongSignature : ViewSet
    {
        [Action(Detail = true)]
        public Task<Response> ArchiveAsync(Request request) => throw new InvalidOperationException();
    }

    private sealed class MappingWithoutAction : ViewSet
    {
        [ActionMapping("ArchiveAsync", "post")]
        public ValueTask<Response> CreateArchiveAsync(Request request) => throw new InvalidOperationException();
    }

    private sealed class MappingTwice : ViewSet
    {
        [Action(Detail = false, Methods = ["get", "post"])]
        public ValueTask<Response> ArchiveAsync(Request request) => throw new InvalidOperationException();

        [ActionMapping(nameof(ArchiveAsync), "post")]
        public ValueTask<Response> CreateArchiveAsync(Request request) => throw new InvalidOperationException();
    }
#pragma warning restore RF1001, RF1002, RF1003, RF1004, RF1005, RF1006

    private sealed class NoLookup : ViewSet
    {
        private readonly string _field = "slug";

        public override string LookupField => _field;
    }

    private sealed class Fine : ViewSet
    {
        protected override ValueTask<Response> ListAsync(Request request) => throw new InvalidOperationException();

        protected override ValueTask<Response> DestroyAsync(Request request) => throw new InvalidOperationException();

        [Action(Detail = true, Methods = ["POST", "put"], ThrottleScope = "archive", SerializerType = typeof(string))]
        public ValueTask<Response> ArchiveAsync(Request request) => throw new InvalidOperationException();

        [Action(Detail = false)]
        public ValueTask<Response> AlphaAsync(Request request) => throw new InvalidOperationException();
    }

    private sealed class NotAViewSet : RestFramework.Views.ApiView;

    [Fact]
    public void Actions_named_like_standard_actions_are_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new SimpleRouter().Register<ActionNamedList>("x", "x"));

        Assert.StartsWith("Cannot use the [Action] attribute on the following methods, as they are existing routes: list, retrieve.", error.Message);
    }

    [Theory]
    [InlineData(typeof(MissingDetail), "[Action] on MissingDetail.ArchiveAsync must set Detail: true for an action on one object, false for one on the list.")]
    [InlineData(typeof(NameAndSuffix), "[Action] on NameAndSuffix.ArchiveAsync sets both Name and Suffix, which are mutually exclusive.")]
    [InlineData(typeof(WrongSignature), "[Action] method WrongSignature.ArchiveAsync must be an instance method taking one Request and returning ValueTask<Response>.")]
    [InlineData(typeof(MappingWithoutAction), "[ActionMapping] on MappingWithoutAction.CreateArchiveAsync names ArchiveAsync, which is not an [Action] method of MappingWithoutAction.")]
    [InlineData(typeof(MappingTwice), "Method 'post' has already been mapped to '.archive'.")]
    [InlineData(typeof(NoLookup), "NoLookup.LookupField and LookupValueRegex must return constants: the router reads them at startup, before any constructor runs.")]
    [InlineData(typeof(NotAViewSet), "NotAViewSet cannot be routed as a viewset: derive a concrete class from ViewSet (or a generic viewset), or map a plain view with MapView.")]
    public void Misdeclared_viewsets_fail_at_registration_with_a_fix(Type type, string message)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new SimpleRouter().Register("x", type, "x"));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Only_overridden_standard_actions_are_implemented()
    {
        var descriptor = ViewSetDescriptor.For(typeof(Fine));

        Assert.Equal(["destroy", "list"], descriptor.StandardActions.Keys.Order());
    }

    [Fact]
    public void Extra_actions_are_sorted_by_name_with_their_methods_and_overrides()
    {
        var descriptor = ViewSetDescriptor.For(typeof(Fine));

        Assert.Equal(["alpha", "archive"], descriptor.ExtraActions.Select(a => a.Name));
        var archive = descriptor.ExtraActions[1];
        Assert.Equal(["POST", "PUT"], archive.Mapping.Keys.Order());
        Assert.Equal("archive", archive.Attribute.ThrottleScope);
        Assert.Equal(typeof(string), archive.Attribute.SerializerType);
        Assert.Equal(("alpha", "alpha"), (descriptor.ExtraActions[0].UrlPath, descriptor.ExtraActions[0].UrlName));
    }

    [Fact]
    public void Viewsets_without_a_basename_need_one()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new SimpleRouter().Register<Fine>("fine"));

        Assert.StartsWith("basename argument not specified, and could not automatically determine the name from Fine", error.Message);
    }
}
