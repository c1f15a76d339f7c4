// The InterviewPrep sample: a question bank for Django REST framework interviews, built on RestFramework.
using InterviewPrep;
using InterviewPrep.Data;
using InterviewPrep.Views;
using RestFramework.Authentication;
using RestFramework.Filters;
using RestFramework.Parsers;
using RestFramework.Permissions;
using RestFramework.Renderers;
using RestFramework.Routers;
using RestFramework.Settings;
using RestFramework.Throttling;
using RestFramework.Versioning;

var builder = WebApplication.CreateBuilder(args);
// Django's ALLOWED_HOSTS of the reference (a trailing dot is dropped there), unless AllowedHosts is configured;
// as Django, an empty Host is refused too (400).
builder.Configuration["AllowedHosts"] ??= "127.0.0.1;localhost;[::1];testserver;127.0.0.1.;localhost.;testserver.";
builder.Services.Configure<Microsoft.AspNetCore.HostFiltering.HostFilteringOptions>(o => o.AllowEmptyHosts = false);
// Django's SecurityMiddleware headers and path decoding, outermost (before host filtering and routing).
builder.Services.Insert(0, ServiceDescriptor.Transient<IStartupFilter, DjangoMiddleware>());
builder.Services.AddPrepDatabase(builder.Configuration);
builder.Services.AddPrepDataProtection(builder.Configuration);
// On SIGTERM the host stops accepting connections and lets the requests in flight finish, for up to this long.
builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(builder.Configuration.GetValue("Host:ShutdownTimeoutSeconds", 30)));
builder.Services.AddRestFramework(o =>
{
    o.DefaultAuthentication = [typeof(TokenAuthentication), typeof(SessionAuthentication)];
    o.DefaultPermissions = [typeof(IsAuthenticatedOrReadOnly)];
    o.DefaultPagination = typeof(PrepPagination);
    o.PageSize ??= 10;
    o.DefaultThrottles = [typeof(AnonRateThrottle), typeof(UserRateThrottle)];
    o.DefaultVersioning = typeof(UrlPathVersioning);
    o.AllowedVersions = ["v1", "v2"];
    o.DefaultVersion = "v1";
    o.DefaultFilterBackends = [typeof(DjangoFilterBackend), typeof(SearchFilter), typeof(OrderingFilter)];
    o.DefaultParsers = [typeof(JsonParser), typeof(FormParser), typeof(MultiPartParser)];
    o.NumProxies ??= 0;
    // DRF's JSON and form parsers read the request stream itself, so Django's DATA_UPLOAD_MAX_MEMORY_SIZE (the framework's
    // default limit) does not apply to them: bodies up to Kestrel's own 30 MB cap are read, unless a limit is configured.
    if (o.MaxRequestBodySize == new RestFrameworkOptions().MaxRequestBodySize)
    {
        o.MaxRequestBodySize = 30_000_000;
    }
    foreach (var (scope, rate) in new[] { ("anon", "1000/day"), ("user", "10000/day"), ("login", "5/minute"), ("signup", "20/hour") })
    {
        if (!o.DefaultThrottleRates.TryGetValue(scope, out var configured) || configured is null)
        {
            o.DefaultThrottleRates[scope] = rate;
        }
    }
});
builder.Services.AddRestFrameworkAuthentication<PrepDbContext>();
builder.Services.AddRestFrameworkSession();
builder.Services.AddPrepSharedState(builder.Configuration);

var app = builder.Build();

if (args is [var command, ..] && Commands.Names.Contains(command))
{
    Environment.ExitCode = await Commands.RunAsync(app.Services, app.Configuration, args);
    return;
}

await PrepStartup.PrepareAsync(app.Services, app.Configuration);

app.UseRouting();
app.UseAuthentication();

var router = new DefaultRouter { RootViewType = typeof(PrepApiRootView) };
router.Register<TopicViewSet>("topics");
router.Register<QuestionViewSet>("questions");
router.Register<AttemptViewSet>("attempts");
router.Register<UserViewSet>("users");

var api = app.MapRouter("api/{version}", router);
api.MapView<SignupView>("auth/signup/", "signup");
api.MapView<ObtainAuthToken>("auth/token/", "token");
api.MapView<StudyPlanView>("study-plan/", "study-plan");
app.MapBrowsableApiAssets();
app.MapBrowsableApiAuth();
app.MapOpenApiDocument();

await app.RunAsync();

/// <summary>The entry point, public so tests can host the app.</summary>
public partial class Program;
