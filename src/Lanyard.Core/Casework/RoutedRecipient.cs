using Lanyard.Core.People;
using Lanyard.Core.Policies;

namespace Lanyard.Core.Casework;

/// <summary>One person a report goes to, the role they receive it in, and the clause that sends it.</summary>
/// <param name="Person">The member of staff.</param>
/// <param name="Role">The pack role they receive it in (the DSL for Lanyard's default, the role they fall back from otherwise).</param>
/// <param name="Clause">The clause that routes it to them; null when Lanyard's default applies.</param>
public sealed record RoutedRecipient(Person Person, Role Role, string? Clause);
