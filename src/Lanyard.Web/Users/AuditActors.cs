using System.Security.Claims;
using Lanyard.Core.Audit;

namespace Lanyard.Web.Users;

/// <summary>The audit log's name for whoever makes the current request: the signed-in user's id, or the system when nobody is signed in (start-up seeding).</summary>
internal static class AuditActors
{
    /// <summary>The actor for a principal.</summary>
    public static AuditActor From(ClaimsPrincipal? user) =>
        SignInPrincipal.UserId(user) is { } id ? AuditActor.User(id) : AuditActor.System;
}
