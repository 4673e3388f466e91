namespace Lanyard.Core.People;

/// <summary>A parent or carer of a pupil.</summary>
/// <param name="ParentId">The parent's person id.</param>
/// <param name="PupilId">The pupil's person id.</param>
/// <param name="Relationship">As the MIS records it: mother, father, carer, grandparent…</param>
public sealed record ParentLink(long ParentId, long PupilId, string Relationship);
