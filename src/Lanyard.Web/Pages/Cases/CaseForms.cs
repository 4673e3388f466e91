using System.Globalization;
using Lanyard.Core.Casework;
using Lanyard.Core.People;
using Lanyard.Core.Time;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Lanyard.Web.Pages.Cases;

/// <summary>Small helpers the casework forms share: the register as pick-lists, times typed in UK time, uploads handed to the use cases.</summary>
internal static class CaseForms
{
    /// <summary>
    /// A time typed in a <c>datetime-local</c> field, read as UK clock time (<see cref="UkTime"/>), as
    /// every casework page shows times. A time in the hour the clocks skip, or in the hour they repeat
    /// without <paramref name="chosen"/> saying which, puts the reason under <paramref name="key"/> and
    /// answers false: the caller stores nothing. An empty field reads as null.
    /// </summary>
    public static bool TryReadUkTime(DateTime? typed, UkZone? chosen, ModelStateDictionary state, string key, out DateTimeOffset? instant)
    {
        ArgumentNullException.ThrowIfNull(state);
        instant = null;
        if (typed is not { } wallClock)
        {
            return true;
        }

        var reading = UkTime.Read(wallClock, chosen);
        if (!reading.Succeeded)
        {
            state.AddModelError(key, reading.Error!);
            return false;
        }

        instant = reading.Instant;
        return true;
    }

    /// <summary>Whether a typed time falls in the hour the clocks repeat, so its field offers the BST/GMT choice.</summary>
    public static bool NeedsZoneChoice(DateTime? typed) => typed is { } t && UkTime.Read(t).Problem == UkTimeProblem.Ambiguous;

    /// <summary>A value for a <c>datetime-local</c> field.</summary>
    public static string? Local(DateTime? value) => value?.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    /// <summary>The register as the "who is involved" list offers it: pupils, staff, then parents, each by name.</summary>
    public static IReadOnlyList<(string Group, IReadOnlyList<Person> People)> Register(IReadOnlyList<Person> everyone) =>
    [
        ("Pupils", Sorted(everyone, PersonKind.Pupil)),
        ("Staff", Sorted(everyone, PersonKind.Staff)),
        ("Parents and carers", Sorted(everyone, PersonKind.Parent)),
    ];

    /// <summary>The party kind of a person in the register.</summary>
    public static PartyKind KindOf(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return person.Kind switch
        {
            PersonKind.Pupil => PartyKind.Pupil,
            PersonKind.Parent => PartyKind.Parent,
            _ => PartyKind.Staff,
        };
    }

    /// <summary>A use case's upload over a posted file: opened only if the use case decides to store it.</summary>
    public static RecordEvidence.Upload? Upload(IFormFile? file) =>
        file is null || file.Length == 0 && string.IsNullOrEmpty(file.FileName) ? null : new RecordEvidence.Upload(file.FileName, file.ContentType, file.OpenReadStream);

    /// <summary>The first error recorded against a field, or null.</summary>
    public static string? ErrorFor(ModelStateDictionary state, string key)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
    }

    /// <summary>The id an error message is given, for aria-describedby: "Input.Summary" → "input-summary-error".</summary>
    public static string ErrorId(string key) =>
        key.ToLowerInvariant().Replace('.', '-').Replace('[', '-').Replace("]", string.Empty, StringComparison.Ordinal) + "-error";

    private static List<Person> Sorted(IReadOnlyList<Person> everyone, PersonKind kind) =>
        [.. everyone.Where(p => p.Kind == kind).OrderBy(p => p.FamilyName, StringComparer.CurrentCultureIgnoreCase).ThenBy(p => p.DisplayName, StringComparer.CurrentCultureIgnoreCase)];
}
