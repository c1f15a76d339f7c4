// Provides the next and previous links of CursorPagination, ported from DRF's position-and-offset algorithm.
namespace RestFramework.Pagination;

public partial class CursorPagination
{
    /// <summary>The absolute URL of the next page, or null on the last page.</summary>
    protected string? GetNextLink()
    {
        if (!_hasNext)
        {
            return null;
        }
        // Reversing direction with an offset cursor: the first position found cannot be the marker.
        var compare = _page.Count > 0 && _cursor is { Reverse: true, Offset: not 0 } ? _page[^1] : _nextPosition;
        var offset = 0;
        string? position = null;
        var unique = false;
        for (var i = _page.Count - 1; i >= 0; i--)
        {
            position = _page[i];
            if (position != compare)
            {
                unique = true;
                break;
            }
            compare = position;
            offset++;
        }
        if (_page.Count > 0 && !unique)
        {
            if (!_hasPrevious)
            {
                (offset, position) = (_pageSize, null);
            }
            else if (_cursor!.Reverse)
            {
                (offset, position) = (0, _previousPosition);
            }
            else
            {
                (offset, position) = (_cursor.Offset + _pageSize, _previousPosition);
            }
        }
        if (_page.Count == 0)
        {
            position = _nextPosition;
        }
        return Link(new Cursor(offset, Reverse: false, position));
    }

    /// <summary>The absolute URL of the previous page, or null on the first page.</summary>
    protected string? GetPreviousLink()
    {
        if (!_hasPrevious)
        {
            return null;
        }
        var compare = _page.Count > 0 && _cursor is { Reverse: false, Offset: not 0 } ? _page[0] : _previousPosition;
        var offset = 0;
        string? position = null;
        var unique = false;
        foreach (var item in _page)
        {
            position = item;
            if (position != compare)
            {
                unique = true;
                break;
            }
            compare = position;
            offset++;
        }
        if (_page.Count > 0 && !unique)
        {
            if (!_hasNext)
            {
                (offset, position) = (_pageSize, null);
            }
            else if (_cursor!.Reverse)
            {
                (offset, position) = (_cursor.Offset + _pageSize, _nextPosition);
            }
            else
            {
                (offset, position) = (0, _nextPosition);
            }
        }
        if (_page.Count == 0)
        {
            position = _previousPosition;
        }
        return Link(new Cursor(offset, Reverse: true, position));
    }

    private string Link(Cursor cursor) => QueryUrls.Replace(_baseUrl, CursorQueryParam, CursorCodec.Encode(cursor));
}
