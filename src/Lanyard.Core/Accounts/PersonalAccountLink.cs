namespace Lanyard.Core.Accounts;

/// <summary>
/// How an account stands to the personal accounts of the member of staff who runs it. Heathcoat
/// wants educational accounts "entirely separate" from personal ones; Testbourne forbids personal
/// accounts for school business; Chapmanslade and Heathcoat have rules that bite only on personal
/// accounts.
/// </summary>
public enum PersonalAccountLink
{
    /// <summary>A dedicated school account, not tied to anyone's personal account.</summary>
    Separate,

    /// <summary>A school account tied to a member of staff's personal account (e.g. run from their personal profile).</summary>
    LinkedToPersonalAccount,

    /// <summary>The account is a member of staff's own personal account, proposed or used for school purposes.</summary>
    IsPersonalAccount,
}
