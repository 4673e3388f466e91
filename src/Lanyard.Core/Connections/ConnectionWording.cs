using System.Globalization;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;
using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Core.Connections;

/// <summary>The plain English the connection check's reasons are written in, in one place so they read alike.</summary>
internal static class ConnectionWording
{
    /// <summary>A date as a UK reader writes it: 1 March 2026.</summary>
    public static string Date(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>Clause ids in brackets, without the pack prefix the reader already knows: (5d.04, 5d.05).</summary>
    public static string Cite(PolicyPack pack, IEnumerable<string> clauseIds) => "(" + Clauses(pack, clauseIds) + ")";

    /// <summary>Clause ids without the pack prefix: 5d.04, 5d.05.</summary>
    public static string Clauses(PolicyPack pack, IEnumerable<string> clauseIds) =>
        string.Join(", ", clauseIds.Select(id => id.StartsWith(pack.Id + ".", StringComparison.Ordinal) ? id[(pack.Id.Length + 1)..] : id));

    /// <summary>The possessive of a name: "Sam's", "The Federation of Tiverton Schools'".</summary>
    public static string Possessive(string name) => name.EndsWith('s') ? name + "'" : name + "'s";

    /// <summary>The action as a verb: "accept a request from".</summary>
    public static string Verb(ConnectionAction action) => action switch
    {
        ConnectionAction.Follow => "follow",
        ConnectionAction.AcceptRequest => "accept a request from",
        ConnectionAction.SendRequest => "send a request to",
        ConnectionAction.Message => "message",
        ConnectionAction.Engage => "engage with",
        _ => "have any contact with",
    };

    /// <summary>The action as a gerund before its object: "accepting a request from".</summary>
    public static string Doing(ConnectionAction action) => action switch
    {
        ConnectionAction.Follow => "following",
        ConnectionAction.AcceptRequest => "accepting requests from",
        ConnectionAction.SendRequest => "sending requests to",
        ConnectionAction.Message => "messaging",
        ConnectionAction.Engage => "engaging with",
        _ => "any contact with",
    };

    /// <summary>The action as a noun: "accepting requests".</summary>
    public static string Noun(ConnectionAction action) => action switch
    {
        ConnectionAction.Follow => "following",
        ConnectionAction.AcceptRequest => "accepting requests",
        ConnectionAction.SendRequest => "sending requests",
        ConnectionAction.Message => "messaging",
        ConnectionAction.Engage => "engaging (likes, comments, replies)",
        _ => "any contact",
    };

    /// <summary>The actions a rule lists, as nouns: "accepting requests and sending requests".</summary>
    public static string Nouns(IEnumerable<ConnectionAction> actions) => Join([.. actions.Select(Noun)], "and");

    /// <summary>A role as a title: "head teacher", "DSL".</summary>
    public static string Title(Role role) => role switch
    {
        Role.Headteacher => "head teacher",
        Role.Dsl => "DSL",
        Role.DeputyHead => "deputy head",
        Role.Slt => "senior leadership team",
        Role.Coo => "COO",
        Role.ItManager => "IT manager",
        _ => YamlNaming.Kebab(role).Replace('-', ' '),
    };

    /// <summary>A role as a person: "the head teacher".</summary>
    public static string The(Role role) => "the " + Title(role);

    /// <summary>Someone who recorded something: "Jo Smith (DSL)".</summary>
    public static string Person(string name, Role role) => $"{name} ({Title(role)})";

    /// <summary>"a, b and c".</summary>
    public static string Join(IReadOnlyList<string> items, string conjunction) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + $" {conjunction} " + items[^1],
    };

    /// <summary>The first letter in capitals, for a name that starts a sentence.</summary>
    public static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>"Sam is 16", or "Sam turned 18 today" on the birthday that matters.</summary>
    public static string AgeFact(string who, DateOnly dateOfBirth, DateOnly today)
    {
        var age = Age.InYears(dateOfBirth, today);
        return Age.IsBirthday(dateOfBirth, today)
            ? $"{who} turned {age.ToString(CultureInfo.InvariantCulture)} today"
            : $"{who} is {age.ToString(CultureInfo.InvariantCulture)}";
    }
}
