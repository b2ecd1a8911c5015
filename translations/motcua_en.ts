<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../ui/pages/AdminPage.ui" line="+18"/>
        <source>Officers of this workspace and their roles. Officers are added and revoked with motcua-cli for now.</source>
        <translation>Officers of this workspace and their roles. Officers are added and revoked with motcua-cli for now.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Officers</source>
        <translation>Officers</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <location filename="../ui/LoginWindow.ui" line="+12"/>
        <source>MotCua — Sign in</source>
        <translation>MotCua — Sign in</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>One-stop service desk: receiving dossiers and returning results</source>
        <translation>One-stop service desk: receiving dossiers and returning results</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Officer login:</source>
        <translation>&amp;Officer login:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. lan.nguyen</source>
        <translation>e.g. lan.nguyen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Opening the workspace…</source>
        <translation>Opening the workspace…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Switch officer</source>
        <translation>&amp;Switch officer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="+36"/>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>motcua::AdminPage</name>
    <message>
        <location filename="../ui/pages/AdminPage.cpp" line="+36"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Only administrators see the list of officers.</source>
        <translation>Only administrators see the list of officers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list of officers could not be read: %1</source>
        <translation>The list of officers could not be read: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the list of officers…</source>
        <translation>Reading the list of officers…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n officer(s), %1 active.</source>
        <translation>
            <numerusform>%n officer, %1 active.</numerusform>
            <numerusform>%n officers, %1 active.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::DossiersPage</name>
    <message>
        <location filename="../ui/pages/PlaceholderPage.cpp" line="+37"/>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dossiers of this office, by status and due date: received, in processing, waiting for a supplement, ready to return.</source>
        <translation>The dossiers of this office, by status and due date: received, in processing, waiting for a supplement, ready to return.</translation>
    </message>
</context>
<context>
    <name>motcua::ErrorText</name>
    <message>
        <location filename="../app/common/ErrorText.cpp" line="+17"/>
        <source>Wrong login or password.</source>
        <translation>Wrong login or password.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no active officer with that login.</source>
        <translation>There is no active officer with that login.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This officer&apos;s access has been revoked.</source>
        <translation>This officer&apos;s access has been revoked.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many failed attempts: wait before trying again.</source>
        <translation>Too many failed attempts: wait before trying again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No password was given.</source>
        <translation>No password was given.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password must not be empty.</source>
        <translation>The password must not be empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an administrator may do this.</source>
        <translation>Only an administrator may do this.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An administrator cannot revoke their own access.</source>
        <translation>An administrator cannot revoke their own access.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace key file is damaged.</source>
        <translation>The workspace key file is damaged.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace key file cannot be read or written.</source>
        <translation>The workspace key file cannot be read or written.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An officer with that login already exists.</source>
        <translation>An officer with that login already exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last officer of a workspace cannot be removed.</source>
        <translation>The last officer of a workspace cannot be removed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough memory to check the password.</source>
        <translation>Not enough memory to check the password.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no workspace in this folder.</source>
        <translation>There is no workspace in this folder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder is not empty: a new workspace needs an empty or missing folder.</source>
        <translation>The folder is not empty: a new workspace needs an empty or missing folder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A login is 2 to 32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>A login is 2 to 32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office code is missing.</source>
        <translation>The office code is missing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The officer&apos;s full name is missing.</source>
        <translation>The officer&apos;s full name is missing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace folder cannot be created or written.</source>
        <translation>The workspace folder cannot be created or written.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database cannot be opened with this key.</source>
        <translation>The database cannot be opened with this key.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database file is not encrypted: refusing to use it.</source>
        <translation>The database file is not encrypted: refusing to use it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database could not be upgraded; nothing was changed.</source>
        <translation>The database could not be upgraded; nothing was changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>The disk is full: nothing was saved. Free some space and try again.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The operation failed (%1).</source>
        <translation>The operation failed (%1).</translation>
    </message>
</context>
<context>
    <name>motcua::LoginWindow</name>
    <message>
        <location filename="../ui/LoginWindow.cpp" line="+110"/>
        <source>Enter your officer login.</source>
        <translation>Enter your officer login.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>Try again in %n second(s)</source>
        <translation>
            <numerusform>Try again in %n second</numerusform>
            <numerusform>Try again in %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading the workspace…</source>
        <translation>Reading the workspace…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No workspace</source>
        <translation>No workspace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no workspace in %1 yet. An administrator creates one with:
motcua-cli --workspace &quot;%1&quot; --officer LOGIN init --office CODE --name &quot;FULL NAME&quot; --office-name &quot;OFFICE NAME&quot;
(the first officer&apos;s password comes from MOTCUA_PASSWORD).</source>
        <translation>There is no workspace in %1 yet. An administrator creates one with:
motcua-cli --workspace &quot;%1&quot; --officer LOGIN init --office CODE --name &quot;FULL NAME&quot; --office-name &quot;OFFICE NAME&quot;
(the first officer&apos;s password comes from MOTCUA_PASSWORD).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office %1</source>
        <translation>Office %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office code: %1</source>
        <translation>Office code: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MotCua — Sign in</source>
        <translation>MotCua — Sign in</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Locked: %1 (%2) was working here. Enter the password to continue, or choose &quot;Switch officer&quot;.</source>
        <translation>Locked: %1 (%2) was working here. Enter the password to continue, or choose &quot;Switch officer&quot;.</translation>
    </message>
</context>
<context>
    <name>motcua::LookupPage</name>
    <message>
        <location filename="../ui/pages/PlaceholderPage.cpp" line="+4"/>
        <source>Lookup</source>
        <translation>Lookup</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search citizens and dossiers by dossier code, lookup code, ID number, phone number or name (diacritics optional), and reprint any form.</source>
        <translation>Search citizens and dossiers by dossier code, lookup code, ID number, phone number or name (diacritics optional), and reprint any form.</translation>
    </message>
</context>
<context>
    <name>motcua::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="+34"/>
        <source>%n failed sign-in attempt(s) for your login since your last sign-in.</source>
        <translation>
            <numerusform>%n failed sign-in attempt for your login since your last sign-in.</numerusform>
            <numerusform>%n failed sign-in attempts for your login since your last sign-in.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to sync: %1</source>
        <translation>Waiting to sync: %1</translation>
    </message>
</context>
<context>
    <name>motcua::OfficerTableModel</name>
    <message>
        <location filename="../ui/pages/OfficerTableModel.cpp" line="+48"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>motcua::PlaceholderPage</name>
    <message>
        <location filename="../ui/pages/PlaceholderPage.cpp" line="-27"/>
        <source>This page is being built and arrives with a coming version.</source>
        <translation>This page is being built and arrives with a coming version.</translation>
    </message>
</context>
<context>
    <name>motcua::ReceivePage</name>
    <message>
        <location line="+10"/>
        <source>Receive</source>
        <translation>Receive</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receiving a dossier at the counter: choose the procedure, read the applicant&apos;s ID card, scan or reuse the components, and print the receipt and appointment slip (Form 01).</source>
        <translation>Receiving a dossier at the counter: choose the procedure, read the applicant&apos;s ID card, scan or reuse the components, and print the receipt and appointment slip (Form 01).</translation>
    </message>
</context>
<context>
    <name>motcua::RoleText</name>
    <message>
        <location filename="../ui/RoleText.cpp" line="+12"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing</source>
        <translation>Processing</translation>
    </message>
</context>
<context>
    <name>motcua::SyncPage</name>
    <message>
        <location filename="../ui/pages/PlaceholderPage.cpp" line="+18"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exchange with the provincial portal. This counter works offline for now: everything is kept in the encrypted local store and nothing is waiting to be sent.</source>
        <translation>Exchange with the provincial portal. This counter works offline for now: everything is kept in the encrypted local store and nothing is waiting to be sent.</translation>
    </message>
</context>
</TS>
