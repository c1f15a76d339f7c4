// Provides the MVC baseline of the list and create benchmarks: an [ApiController] with the same query, checks and JSON.
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace RestFramework.Benchmarks.ViewSets;

/// <summary>The items resource as an MVC controller, for <see cref="ListBenchmarks"/> and <see cref="CreateBenchmarks"/>.</summary>
[ApiController]
[Route("mvc/items")]
public sealed class MvcItemsController(ListDb db) : ControllerBase
{
    [HttpGet]
    public async Task<ListBenchmarks.PageDto> ListAsync(int? page, [FromQuery(Name = "category_id")] int? categoryId, string? ordering)
    {
        var query = db.Items.AsNoTracking();
        if (categoryId is { } c)
        {
            query = query.Where(i => i.CategoryId == c);
        }
        var ordered = ordering == "-rank" ? query.OrderByDescending(i => i.Rank).ThenBy(i => i.Id) : query.OrderBy(i => i.Id);
        var count = await ordered.LongCountAsync();
        var results = await ordered.Skip(((page ?? 1) - 1) * 100).Take(100)
            .Select(i => new ListBenchmarks.ItemDto(i.Id, i.Name, i.Rank, i.Price.ToString(), i.Category!.Name)).ToListAsync();
        return new ListBenchmarks.PageDto(count, null, null, results);
    }

    [HttpPost]
    public async Task<IActionResult> CreateAsync(CreateBenchmarks.NewItem input)
    {
        var errors = input.Validate();
        if (input.Category is { } id && !await db.Set<Category>().AnyAsync(c => c.Id == id))
        {
            errors["category"] = [$"Invalid pk \"{id}\" - object does not exist."];
        }
        if (errors.Count > 0)
        {
            return BadRequest(errors);
        }
        var item = input.ToItem();
        db.Items.Add(item);
        await db.SaveChangesAsync();
        return StatusCode(201, CreateBenchmarks.CreatedItem.From(item));
    }
}
