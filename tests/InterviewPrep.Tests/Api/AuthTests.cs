namespace InterviewPrep.Tests.Api;

public sealed class AuthTests
{
    [Fact]
    public async Task Signup_creates_a_user_and_never_returns_the_password()
    {
        await using var app = new PrepFactory();
        using var client = app.CreateApiClient();

        var response = await client.PostAsync("/api/v1/auth/signup/", new { username = "ann", email = "ann@example.com", password = "long-enough", password_confirm = "long-enough" });

        Assert.Equal(201, response.StatusCode);
        Assert.Equal("{\"id\":2,\"username\":\"ann\",\"email\":\"ann@example.com\"}", response.Text);
    }

    [Theory]
    [InlineData("{\"username\":\"admin\",\"email\":\"a@example.com\",\"password\":\"long-enough\",\"password_confirm\":\"long-enough\"}", "{\"username\":[\"A user with that username already exists.\"]}")]
    [InlineData("{\"username\":\"bo\",\"email\":\"nope\",\"password\":\"short\",\"password_confirm\":\"short\"}", "{\"email\":[\"Enter a valid email address.\"],\"password\":[\"Ensure this field has at least 8 characters.\"]}")]
    [InlineData("{\"username\":\"bo\",\"email\":\"bo@example.com\",\"password\":\"long-enough\",\"password_confirm\":\"different!\"}", "{\"non_field_errors\":[\"Passwords do not match.\"]}")]
    [InlineData("{}", "{\"username\":[\"This field is required.\"],\"email\":[\"This field is required.\"],\"password\":[\"This field is required.\"],\"password_confirm\":[\"This field is required.\"]}")]
    public async Task Signup_errors_are_drf_shaped(string body, string errors)
    {
        await using var app = new PrepFactory();
        using var client = app.CreateApiClient();

        var response = await client.PostAsync("/api/v1/auth/signup/", body, contentType: "application/json");

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(errors, response.Text);
    }

    [Fact]
    public async Task Token_is_the_same_on_every_login_and_bad_credentials_are_refused()
    {
        await using var app = new PrepFactory();
        using var client = app.CreateApiClient();

        var first = await client.PostAsync("/api/v1/auth/token/", new { username = "admin", password = "admin-pass-123" });
        var second = await client.PostAsync("/api/v1/auth/token/", new Dictionary<string, object?> { ["username"] = "admin", ["password"] = "admin-pass-123" }, format: "form");
        var wrong = await client.PostAsync("/api/v1/auth/token/", new { username = "admin", password = "nope" });
        var missing = await client.PostAsync("/api/v1/auth/token/", new { username = "admin" });

        Assert.Equal(200, first.StatusCode);
        Assert.Matches("^\\{\"token\":\"[0-9a-f]{40}\"\\}$", first.Text);
        Assert.Equal(first.Text, second.Text);
        Assert.Equal((400, "{\"non_field_errors\":[\"Unable to log in with provided credentials.\"]}"), (wrong.StatusCode, wrong.Text));
        Assert.Equal((400, "{\"password\":[\"This field is required.\"]}"), (missing.StatusCode, missing.Text));
    }

    [Fact]
    public async Task Token_endpoint_is_throttled_after_five_attempts_a_minute()
    {
        await using var app = new PrepFactory();
        using var client = app.CreateApiClient();

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(400, (await client.PostAsync("/api/v1/auth/token/", new { username = "admin", password = "guess" + i })).StatusCode);
        }
        var throttled = await client.PostAsync("/api/v1/auth/token/", new { username = "admin", password = "admin-pass-123" });

        // The window is a minute from the first attempt; a slow database may have used a second or two of it.
        Assert.Equal(429, throttled.StatusCode);
        var wait = int.Parse(throttled.Header("Retry-After")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(wait, 50, 60);
        Assert.Equal($"{{\"detail\":\"Request was throttled. Expected available in {wait} seconds.\"}}", throttled.Text);
    }

    [Theory]
    [InlineData("POST", "/api/v1/topics/")]
    [InlineData("GET", "/api/v1/users/")]
    [InlineData("GET", "/api/v1/users/me/")]
    [InlineData("GET", "/api/v1/attempts/")]
    [InlineData("POST", "/api/v1/questions/1/practice/")]
    [InlineData("POST", "/api/v1/questions/import/")]
    public async Task Anonymous_requests_to_protected_routes_are_401_with_the_token_challenge(string method, string path)
    {
        await using var app = new PrepFactory();
        using var client = app.CreateApiClient();

        var response = await client.SendAsync(new HttpMethod(method), path, new { });

        Assert.Equal(401, response.StatusCode);
        Assert.Equal("Token", response.Header("WWW-Authenticate"));
        Assert.Equal("{\"detail\":\"Authentication credentials were not provided.\"}", response.Text);
    }

    [Theory]
    [InlineData("POST", "/api/v1/topics/")]
    [InlineData("GET", "/api/v1/users/")]
    [InlineData("POST", "/api/v1/questions/import/")]
    [InlineData("DELETE", "/api/v1/questions/1/")]
    public async Task Authenticated_users_without_staff_get_403(string method, string path)
    {
        await using var app = new PrepFactory();
        using var client = await app.ClientForAsync("alice");

        var response = await client.SendAsync(new HttpMethod(method), path, new { });

        Assert.Equal(403, response.StatusCode);
        Assert.Equal("{\"detail\":\"You do not have permission to perform this action.\"}", response.Text);
    }

    [Fact]
    public async Task Invalid_token_is_401()
    {
        await using var app = new PrepFactory();
        using var client = app.CreateApiClient();
        client.Credentials(("Authorization", "Token " + new string('0', 40)));

        var response = await client.GetAsync("/api/v1/questions/");

        Assert.Equal((401, "{\"detail\":\"Invalid token.\"}"), (response.StatusCode, response.Text));
    }

    [Fact]
    public async Task Users_me_shows_the_current_user()
    {
        await using var app = new PrepFactory();
        using var client = await app.ClientForAsync("alice");

        var response = await client.GetAsync("/api/v1/users/me/");

        Assert.Matches("^\\{\"id\":2,\"username\":\"alice\",\"email\":\"alice@example.com\",\"is_staff\":false,\"date_joined\":\"[0-9T:.-]+Z\"\\}$", response.Text);
    }
}
