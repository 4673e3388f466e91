using Lanyard.Core.Notifications;
using Lanyard.Web.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lanyard.Web.Pages.Notifications;

/// <summary>
/// The signed-in member of staff's notifications, newest first, the unread ones marked. Opening one
/// is a form post (anti-forgery checked) that records it as read and then goes to what it points
/// at; a notification addressed to someone else is 404, as one that does not exist.
/// </summary>
internal sealed class IndexModel(INotificationOutbox outbox, TimeProvider clock) : PageModel
{
    /// <summary>The notifications, newest first.</summary>
    public IReadOnlyList<Notification> Notifications { get; private set; } = [];

    /// <summary>How many are unread.</summary>
    public int Unread => Notifications.Count(n => n.ReadAt is null);

    /// <summary>GET /notifications.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (SignInPrincipal.PersonId(User) is not { } personId)
        {
            return NotFound();
        }

        Notifications = await outbox.ForRecipientAsync(personId, cancellationToken);
        return Page();
    }

    /// <summary>POST /notifications?handler=Open&amp;id={id}: mark it read, then go to its link (or back to the list).</summary>
    public async Task<IActionResult> OnPostOpenAsync(long id, CancellationToken cancellationToken)
    {
        if (SignInPrincipal.PersonId(User) is not { } personId)
        {
            return NotFound();
        }

        // Read from the recipient's own list, so another person's notification is simply not there.
        var notification = (await outbox.ForRecipientAsync(personId, cancellationToken)).FirstOrDefault(n => n.Id == id);
        if (notification is null)
        {
            return NotFound();
        }

        await outbox.MarkReadAsync(notification.Id, personId, clock.GetUtcNow(), cancellationToken);
        return notification.Link is { } link && Url.IsLocalUrl(link) ? LocalRedirect(link) : RedirectToPage();
    }
}
