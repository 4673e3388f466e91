using System.Globalization;

namespace Lanyard.Core.Audit;

/// <summary>Who an audit entry names: a signed-in user (by id only), the command line's operator, or the system itself (demo seeding, migrations).</summary>
/// <param name="UserId">The user account, when a signed-in user acts.</param>
/// <param name="Name">How the actor is shown in the log: the user id, "cli:&lt;os user&gt;" or "system" — never a name or email.</param>
public sealed record AuditActor(long? UserId, string Name)
{
    /// <summary>Lanyard itself (demo seeding, start-up).</summary>
    public static AuditActor System { get; } = new(null, "system");

    /// <summary>A signed-in user, shown by id.</summary>
    public static AuditActor User(long userId) => new(userId, userId.ToString(CultureInfo.InvariantCulture));
}
