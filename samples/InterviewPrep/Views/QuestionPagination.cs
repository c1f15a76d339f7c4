// Provides the contract's pagination: pages of PAGE_SIZE, page_size chosen by the client up to 100.
using RestFramework.Pagination;

namespace InterviewPrep.Views;

/// <summary>Page number pagination with a <c>page_size</c> query parameter, at most 100.</summary>
public sealed class PrepPagination : PageNumberPagination
{
    public PrepPagination()
    {
        PageSizeQueryParam = "page_size";
        MaxPageSize = 100;
    }
}
