using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;

namespace Lanyard.Core.Organisations;

/// <summary>
/// Use case: add a school, trust or federation. A pack attaches only at the level it declares
/// (Cambrian's at a trust, Heathcoat's at a federation), and only schools belong to a trust or
/// federation; anything else is refused with the reason, and nothing is written.
/// </summary>
public static class RegisterOrganisation
{
    /// <summary>What the user asks for.</summary>
    /// <param name="Name">The organisation's name.</param>
    /// <param name="Level">School, trust or federation.</param>
    /// <param name="ParentId">For a school, the trust or federation it belongs to.</param>
    /// <param name="PackId">The pack to attach, if any.</param>
    public sealed record Request(string? Name, OrganisationLevel Level, long? ParentId, string? PackId);

    /// <summary>The outcome: the new organisation, or the reasons it was refused (keyed by field).</summary>
    /// <param name="Organisation">The organisation added, or null.</param>
    /// <param name="Errors">Field name → message; empty on success.</param>
    public sealed record Result(Organisation? Organisation, IReadOnlyDictionary<string, string> Errors)
    {
        /// <summary>True when the organisation was added.</summary>
        public bool Succeeded => Organisation is not null;
    }

    /// <summary>Validates and adds.</summary>
    public static async Task<Result> HandleAsync(Request request, IOrganisationRegister register, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(register);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors[nameof(Request.Name)] = "Enter the organisation's name.";
        }
        else if (name.Length > 200)
        {
            errors[nameof(Request.Name)] = "The name must be 200 characters or fewer.";
        }

        var existing = await register.ListAsync(cancellationToken).ConfigureAwait(false);
        if (name is not null && existing.Any(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            errors[nameof(Request.Name)] = $"An organisation called '{name}' is already registered.";
        }

        if (request.ParentId is { } parentId)
        {
            var parent = existing.FirstOrDefault(o => o.Id == parentId);
            if (request.Level != OrganisationLevel.School)
            {
                errors[nameof(Request.ParentId)] = $"Only a school can belong to a trust or federation; a {YamlNaming.Kebab(request.Level)} cannot.";
            }
            else if (parent is null)
            {
                errors[nameof(Request.ParentId)] = "The trust or federation chosen is not in the register.";
            }
            else if (parent.Level == OrganisationLevel.School)
            {
                errors[nameof(Request.ParentId)] = $"'{parent.Name}' is a school; a school can belong only to a trust or a federation.";
            }
        }

        if (!string.IsNullOrEmpty(request.PackId))
        {
            if (!BuiltInPacks.Ids.Contains(request.PackId, StringComparer.Ordinal))
            {
                errors[nameof(Request.PackId)] = $"No pack has id '{request.PackId}'; packs: {string.Join(", ", BuiltInPacks.Ids)}.";
            }
            else if (BuiltInPacks.Get(request.PackId).Organisation.Level is var packLevel && packLevel != request.Level)
            {
                errors[nameof(Request.PackId)] = $"The {request.PackId} pack attaches to a {YamlNaming.Kebab(packLevel)}, not a {YamlNaming.Kebab(request.Level)}: " +
                    $"attach it to the {YamlNaming.Kebab(packLevel)} and its schools inherit it.";
            }
        }

        if (errors.Count > 0)
        {
            return new Result(null, errors);
        }

        var added = await register.AddAsync(new NewOrganisation(name!, request.Level, request.ParentId, string.IsNullOrEmpty(request.PackId) ? null : request.PackId), cancellationToken).ConfigureAwait(false);
        return new Result(added, new Dictionary<string, string>());
    }
}
