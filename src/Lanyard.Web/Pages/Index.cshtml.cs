using Lanyard.Core.Dashboard;
using Lanyard.Web.Users;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lanyard.Web.Pages;

/// <summary>The dashboard: what needs the signed-in member of staff's attention, school by school.</summary>
internal sealed class IndexModel : PageModel
{
    private readonly WhatNeedsAttention.Registers _registers;
    private readonly TimeProvider _clock;

    /// <summary>Creates the page over the registers.</summary>
    public IndexModel(WhatNeedsAttention.Registers registers, TimeProvider clock)
    {
        _registers = registers;
        _clock = clock;
    }

    /// <summary>What needs attention.</summary>
    public WhatNeedsAttention.Result? Attention { get; private set; }

    /// <summary>The signed-in person's name.</summary>
    public string? DisplayName { get; private set; }

    /// <summary>GET /.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        DisplayName = User.Identity?.Name;
        if (SignInPrincipal.OrganisationId(User) is { } organisation && SignInPrincipal.PersonId(User) is { } person)
        {
            Attention = await WhatNeedsAttention.HandleAsync(
                new WhatNeedsAttention.Request(organisation, person, SignInPrincipal.Roles(User)), _registers, _clock, cancellationToken);
        }
    }
}
