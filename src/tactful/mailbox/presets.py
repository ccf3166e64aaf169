"""Well-known providers: their servers, whether they file sent mail themselves, and what the
user must know (an app password, Proton Mail Bridge). Picked from the email's domain, or named
with `--provider` for hosted domains (Microsoft 365, OVH)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Preset:
    id: str
    name: str
    smtp_host: str
    smtp_port: int
    smtp_security: str
    imap_host: str
    imap_port: int
    imap_security: str
    domains: tuple[str, ...] = ()
    files_sent: bool = False
    """The provider puts a copy of what its SMTP server sends in the Sent folder itself, so
    tactful must not APPEND another."""
    auth: str = "password"
    note: str = ""
    note_fr: str = ""


PRESETS: tuple[Preset, ...] = (
    Preset(
        "gmail",
        "Gmail",
        "smtp.gmail.com",
        587,
        "starttls",
        "imap.gmail.com",
        993,
        "tls",
        ("gmail.com", "googlemail.com"),
        files_sent=True,
        note="Gmail: turn on 2-Step Verification, then create an app password (Google Account "
        "> Security > App passwords) and use it here; or --auth xoauth2 with a token command.",
        note_fr="Gmail : activez la validation en deux étapes, puis créez un mot de passe "
        "d'application (Compte Google > Sécurité > Mots de passe des applications) ; ou "
        "--auth xoauth2 avec une commande qui donne un jeton.",
    ),
    Preset(
        "outlook",
        "Outlook.com",
        "smtp-mail.outlook.com",
        587,
        "starttls",
        "outlook.office365.com",
        993,
        "tls",
        (
            "outlook.com",
            "hotmail.com",
            "hotmail.fr",
            "live.com",
            "live.fr",
            "msn.com",
            "outlook.fr",
        ),
        files_sent=True,
        auth="xoauth2",
        note="Outlook.com: Microsoft turned off plain passwords for most accounts; use "
        "--auth xoauth2 with a command that prints an access token (oama, mutt_oauth2.py).",
        note_fr="Outlook.com : Microsoft a désactivé les mots de passe simples pour la plupart "
        "des comptes ; utilisez --auth xoauth2 avec une commande qui affiche un jeton d'accès.",
    ),
    Preset(
        "microsoft365",
        "Microsoft 365",
        "smtp.office365.com",
        587,
        "starttls",
        "outlook.office365.com",
        993,
        "tls",
        files_sent=True,
        auth="xoauth2",
        note="Microsoft 365: your administrator must allow SMTP AUTH; use --auth xoauth2 with "
        "a token command.",
        note_fr="Microsoft 365 : votre administrateur doit autoriser SMTP AUTH ; utilisez "
        "--auth xoauth2 avec une commande qui donne un jeton.",
    ),
    Preset(
        "yahoo",
        "Yahoo Mail",
        "smtp.mail.yahoo.com",
        465,
        "tls",
        "imap.mail.yahoo.com",
        993,
        "tls",
        ("yahoo.com", "yahoo.fr", "ymail.com", "rocketmail.com"),
        note="Yahoo: create an app password (Account security > Generate app password).",
        note_fr="Yahoo : créez un mot de passe d'application (Sécurité du compte > Générer un "
        "mot de passe d'application).",
    ),
    Preset(
        "icloud",
        "iCloud Mail",
        "smtp.mail.me.com",
        587,
        "starttls",
        "imap.mail.me.com",
        993,
        "tls",
        ("icloud.com", "me.com", "mac.com"),
        note="iCloud: create an app-specific password at appleid.apple.com.",
        note_fr="iCloud : créez un mot de passe pour app sur appleid.apple.com.",
    ),
    Preset(
        "fastmail",
        "Fastmail",
        "smtp.fastmail.com",
        465,
        "tls",
        "imap.fastmail.com",
        993,
        "tls",
        ("fastmail.com", "fastmail.fm", "fastmail.net", "messagingengine.com"),
        note="Fastmail: create an app password (Settings > Privacy & Security > App passwords).",
        note_fr="Fastmail : créez un mot de passe d'application (Paramètres > Confidentialité "
        "et sécurité).",
    ),
    Preset(
        "proton",
        "Proton Mail (Bridge)",
        "127.0.0.1",
        1025,
        "starttls",
        "127.0.0.1",
        1143,
        "starttls",
        ("proton.me", "protonmail.com", "protonmail.ch", "pm.me"),
        files_sent=True,
        note="Proton Mail: run Proton Mail Bridge and use the password it shows (not your "
        "account password); export its certificate and pass it with --ca-file.",
        note_fr="Proton Mail : lancez Proton Mail Bridge et utilisez le mot de passe qu'il "
        "affiche ; exportez son certificat et donnez-le avec --ca-file.",
    ),
    Preset(
        "orange",
        "Orange",
        "smtp.orange.fr",
        465,
        "tls",
        "imap.orange.fr",
        993,
        "tls",
        ("orange.fr", "wanadoo.fr"),
        note="Orange: use your Orange Mail password.",
        note_fr="Orange : utilisez le mot de passe de votre messagerie Orange.",
    ),
    Preset(
        "free",
        "Free",
        "smtp.free.fr",
        465,
        "tls",
        "imap.free.fr",
        993,
        "tls",
        ("free.fr",),
        note="Free: use your Freebox mail password; turn on access from mail programs in your "
        "account settings if login fails.",
        note_fr="Free : utilisez le mot de passe de votre messagerie Free ; autorisez l'accès "
        "par logiciel de messagerie dans votre espace abonné si la connexion échoue.",
    ),
    Preset(
        "sfr",
        "SFR",
        "smtp.sfr.fr",
        465,
        "tls",
        "imap.sfr.fr",
        993,
        "tls",
        ("sfr.fr", "neuf.fr"),
    ),
    Preset(
        "laposte",
        "La Poste",
        "smtp.laposte.net",
        465,
        "tls",
        "imap.laposte.net",
        993,
        "tls",
        ("laposte.net",),
        note="La Poste: allow access from mail programs in the webmail's settings first.",
        note_fr="La Poste : autorisez d'abord l'accès par logiciel de messagerie dans les "
        "paramètres du webmail.",
    ),
    Preset(
        "ovh",
        "OVHcloud",
        "ssl0.ovh.net",
        465,
        "tls",
        "ssl0.ovh.net",
        993,
        "tls",
        note="OVHcloud: your full address is the user name.",
        note_fr="OVHcloud : l'identifiant est l'adresse complète.",
    ),
    Preset(
        "gmx",
        "GMX",
        "mail.gmx.com",
        587,
        "starttls",
        "imap.gmx.com",
        993,
        "tls",
        ("gmx.com", "gmx.fr", "gmx.de", "gmx.net"),
        note="GMX: turn on IMAP/POP3 access in the webmail's settings first.",
        note_fr="GMX : activez d'abord l'accès IMAP/POP3 dans les paramètres du webmail.",
    ),
)

BY_ID = {p.id: p for p in PRESETS}


def preset_for(email: str, provider: str | None = None) -> Preset | None:
    """The preset named by `provider`, else the one whose domain the email has."""
    if provider:
        return BY_ID.get(provider.strip().lower())
    domain = email.rpartition("@")[2].strip().lower()
    return next((p for p in PRESETS if domain in p.domains), None)
