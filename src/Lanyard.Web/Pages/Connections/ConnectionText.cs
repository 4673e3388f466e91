using System.Globalization;
using Lanyard.Core.Connections;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;
using Lanyard.Core.Policies.Parameters;
using Lanyard.Core.Time;
using Microsoft.AspNetCore.Html;

namespace Lanyard.Web.Pages.Connections;

/// <summary>
/// The words the connection pages and the API put around the core's answers: action names, roles,
/// verdict headlines. The core writes the explanations; these only label what it returns.
/// </summary>
internal static class ConnectionText
{
    /// <summary>The actions a member of staff can ask about, in the order the form offers them.</summary>
    public static IReadOnlyList<ConnectionAction> Actions { get; } =
        [ConnectionAction.Follow, ConnectionAction.AcceptRequest, ConnectionAction.SendRequest, ConnectionAction.Message, ConnectionAction.Engage];

    /// <summary>Platforms offered as suggestions; any name may be typed.</summary>
    public static IReadOnlyList<string> Platforms { get; } =
        ["Facebook", "Instagram", "X (Twitter)", "TikTok", "Snapchat", "WhatsApp", "LinkedIn", "YouTube", "Threads", "Bluesky"];

    /// <summary>The end of the form's question "May I …": "send them a friend or follow request?".</summary>
    public static string Asking(ConnectionAction action) => action switch
    {
        ConnectionAction.Follow => "follow them?",
        ConnectionAction.AcceptRequest => "accept a friend or follow request from them?",
        ConnectionAction.SendRequest => "send them a friend or follow request?",
        ConnectionAction.Message => "send them a direct or private message?",
        ConnectionAction.Engage => "engage with their posts (like, comment or reply)?",
        _ => "have any contact with them?",
    };

    /// <summary>The action in a table: "accept a request".</summary>
    public static string Short(ConnectionAction action) => action switch
    {
        ConnectionAction.Follow => "follow",
        ConnectionAction.AcceptRequest => "accept a request",
        ConnectionAction.SendRequest => "send a request",
        ConnectionAction.Message => "message",
        ConnectionAction.Engage => "engage",
        _ => "any contact",
    };

    /// <summary>The action as the pack writes it: <c>accept-request</c>.</summary>
    public static string Code(ConnectionAction action) => YamlNaming.Kebab(action);

    /// <summary>
    /// Reads an action written as the packs write it (<c>accept-request</c>) or as its C# name
    /// (<c>AcceptRequest</c>), case-insensitively; null for anything else, "any contact" included,
    /// because a check asks about one thing a member of staff is about to do.
    /// </summary>
    public static ConnectionAction? ParseAction(string? text)
    {
        var squashed = string.Concat((text ?? string.Empty).Where(char.IsLetter));
        return Actions.Cast<ConnectionAction?>().FirstOrDefault(a => string.Equals(a.ToString(), squashed, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A role as a title: "head teacher", "DSL".</summary>
    public static string Title(Role role) => role switch
    {
        Role.Headteacher => "head teacher",
        Role.Dsl => "DSL",
        Role.SafeguardingLead => "safeguarding lead",
        Role.DeputyHead => "deputy head",
        Role.Slt => "senior leadership team",
        Role.Coo => "COO",
        Role.ItManager => "IT manager",
        _ => YamlNaming.Kebab(role).Replace('-', ' '),
    };

    /// <summary>The verdict as the badge and the API write it: <c>allow</c>, <c>warn</c>, <c>hold</c>, <c>block</c>.</summary>
    public static string Code(Verdict verdict) => YamlNaming.Kebab(verdict);

    /// <summary>The verdict in a sentence, for the heading of an answer.</summary>
    public static string Headline(Verdict verdict) => verdict switch
    {
        Verdict.Allow => "Yes, the policy allows this.",
        Verdict.Warn => "Allowed, with a warning: read why before you go ahead.",
        Verdict.Flag => "Allowed, and recorded for someone to look at.",
        Verdict.Hold => "Not yet: someone must decide first.",
        Verdict.Block => "No, the policy does not allow this.",
        _ => YamlNaming.Kebab(verdict),
    };

    /// <summary>Who the other person was to the school when asked.</summary>
    public static string Kind(ConnectionSubjectKind kind) => kind switch
    {
        ConnectionSubjectKind.CurrentPupil => "current pupil",
        ConnectionSubjectKind.FormerPupil => "former pupil",
        ConnectionSubjectKind.PupilFamilyMember => "pupil's parent or family",
        ConnectionSubjectKind.Colleague => "colleague",
        _ => "not in the register",
    };

    /// <summary>A date as a UK reader writes it: 1 March 2026.</summary>
    public static string Date(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A moment as the school reads it, on the UK clock with the clock named: 1 March 2026, 14:05 GMT; 1 July 2026, 10:15 BST.</summary>
    public static string When(DateTimeOffset at) => UkTime.Format(at, "d MMMM yyyy, HH:mm");

    /// <summary>
    /// <see cref="When"/> in a <c>&lt;time&gt;</c> element whose <c>datetime</c> is ISO 8601 with the UK
    /// offset (2026-07-01T10:15:00+01:00), so a machine reads the same instant a person does.
    /// </summary>
    public static IHtmlContent Time(DateTimeOffset at)
    {
        var html = new HtmlContentBuilder();
        html.AppendHtml("<time datetime=\"").Append(UkTime.Iso(at)).AppendHtml("\">").Append(When(at)).AppendHtml("</time>");
        return html;
    }

    /// <summary>
    /// The page a clause is read on: the pack's page, at the clause. Ids from another pack (a trust
    /// pack cited by its school) still start with their own pack's id, which is also its page.
    /// </summary>
    public static string ClauseLink(string packId, string clauseId)
    {
        ArgumentNullException.ThrowIfNull(clauseId);
        var owner = BuiltInPacks.Ids.FirstOrDefault(id => clauseId.StartsWith(id + ".", StringComparison.Ordinal)) ?? packId;
        return $"/packs/{Uri.EscapeDataString(owner)}#{Uri.EscapeDataString(clauseId)}";
    }
}
