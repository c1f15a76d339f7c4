using RestFramework.Pagination;

namespace RestFramework.Tests.Pagination;

public sealed class QueryUrlsTests
{
    // Outputs of DRF 3.14's replace_query_param / remove_query_param.
    [Theory]
    [InlineData("http://x/p?b=2&a=1&a=3", "c", "a b/é~*", "http://x/p?a=1&a=3&b=2&c=a+b%2F%C3%A9~%2A")]
    [InlineData("http://x/p?a#frag", "page", "2", "http://x/p?a=&page=2#frag")]
    [InlineData("http://x/p?q=%2B1+2&Z=1", "page", "2", "http://x/p?Z=1&page=2&q=%2B1+2")]
    [InlineData("http://x/p?page=1&page=2", "page", "3", "http://x/p?page=3")]
    [InlineData("http://x/p?a=%C3&b=%zz&c=%E2%9C%93", "page", "2", "http://x/p?a=%EF%BF%BD&b=%25zz&c=%E2%9C%93&page=2")]
    public void Replace_sorts_and_re_encodes_the_query(string url, string key, string value, string expected)
    {
        Assert.Equal(expected, QueryUrls.Replace(url, key, value));
    }

    [Theory]
    [InlineData("http://x/p?page=2&z=", "page", "http://x/p?z=")]
    [InlineData("http://x/p?page=1", "page", "http://x/p")]
    [InlineData("http://x/p", "page", "http://x/p")]
    public void Remove_drops_every_value_of_the_key(string url, string key, string expected)
    {
        Assert.Equal(expected, QueryUrls.Remove(url, key));
    }
}
