// Ports Django's QueryDict (parse_qsl with keep_blank_values, errors='replace') over the query string.
using RestFramework.Requests;

namespace RestFramework.Tests.Requests;

public sealed class QueryDictTests
{
    // The pairs as Django's QueryDict(query).lists() gives them, rendered "name=[v1|v2]" in first-seen order.
    [Theory]
    [InlineData("", "")]
    [InlineData("?", "")]
    [InlineData("?a=1", "a=[1]")]
    [InlineData("a=1&a=2&b", "a=[1|2] b=[]")]
    [InlineData("?a=1&A=2", "a=[1] A=[2]")]
    [InlineData("&&a=1&&", "a=[1]")]
    [InlineData("=5", "=[5]")]
    [InlineData("a=1;b=2", "a=[1;b=2]")]
    [InlineData("a=b=c", "a=[b=c]")]
    [InlineData("a+b=c+d%20e", "a b=[c d e]")]
    [InlineData("a=%2B", "a=[+]")]
    [InlineData("a=%zz&b=%4", "a=[%zz] b=[%4]")]
    [InlineData("a=%C3%A9", "a=[\u00e9]")]
    [InlineData("a=%c3%a9", "a=[\u00e9]")]
    [InlineData("a=%C3", "a=[\ufffd]")]
    [InlineData("a=%C3x", "a=[\ufffdx]")]
    [InlineData("a=%FF%FE", "a=[\ufffd\ufffd]")]
    [InlineData("a=%E2%9C", "a=[\ufffd]")]
    [InlineData("a=\u00e9%C3%A9", "a=[\u00e9\u00e9]")]
    [InlineData("a=%00", "a=[\0]")]
    [InlineData("%70age=2", "page=[2]")]
    public void Query_strings_are_read_as_django_query_dict(string query, string expected)
    {
        var parsed = QueryDict.Parse(query);

        Assert.Equal(expected, string.Join(' ', parsed.Select(p => p.Key + "=[" + string.Join('|', p.Value.ToArray()) + "]")));
    }

    [Fact]
    public void Names_are_case_sensitive_and_missing_ones_are_empty()
    {
        var parsed = QueryDict.Parse("?Page=2&page=3");

        Assert.Equal("3", parsed["page"].ToString());
        Assert.Equal("2", parsed["Page"].ToString());
        Assert.True(parsed["PAGE"].Count == 0);
        Assert.False(parsed.ContainsKey("PAGE"));
        Assert.Equal(2, parsed.Count);
    }
}
