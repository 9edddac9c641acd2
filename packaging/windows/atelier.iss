; Inno Setup script: turns dist\atelier (made by packaging\atelier.spec) into
; AtelierSetup-VERSION.exe. Installs per user by default, so a facilitator can
; install it on a municipal laptop without administrator rights.
;
;   pyinstaller --noconfirm packaging\atelier.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\atelier.iss

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F1C2E5A-4B7D-4E0C-9A51-3C8E2D7B9F10}
AppName=Atelier
AppVersion={#AppVersion}
AppPublisher=Atelier
DefaultDirName={autopf}\Atelier
DefaultGroupName=Atelier
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=AtelierSetup-{#AppVersion}
SetupIconFile=..\..\resources\icons\atelier.ico
UninstallDisplayIcon={app}\atelier.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
ShowLanguageDialog=auto

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\dist\atelier\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Atelier"; Filename: "{app}\atelier.exe"
Name: "{group}\{cm:UninstallProgram,Atelier}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Atelier"; Filename: "{app}\atelier.exe"; Tasks: desktopicon

[Registry]
; Double-clicking a .atelier workshop file opens it in Atelier (per user, no admin).
Root: HKA; Subkey: "Software\Classes\.atelier"; ValueType: string; ValueName: ""; ValueData: "Atelier.Workshop"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Atelier.Workshop"; ValueType: string; ValueName: ""; ValueData: "Atelier-werkbestand"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Atelier.Workshop\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\atelier.exe,0"
Root: HKA; Subkey: "Software\Classes\Atelier.Workshop\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\atelier.exe"" --db ""%1"""

[Run]
; Phones reach the voting page on the laptop's port 8765 (app/voting/server.py,
; DEFAULT_PORT): allow it inbound on private networks only (a hotspot or a travel
; router set to "Privé"), never on public ones. Only an installation for all users
; (administrator) may add a firewall rule; a per-user installation gets Windows'
; own prompt the first time voting starts (docs/zaal.md says which box to tick).
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall add rule name=""Atelier stemmen"" dir=in action=allow protocol=TCP localport=8765 profile=private program=""{app}\atelier.exe"""; Flags: runhidden waituntilterminated; Check: IsAdminInstallMode; StatusMsg: "Firewallregel voor de stempagina…"
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall add rule name=""Atelier stemmen"" dir=in action=allow protocol=TCP localport=8765 profile=private program=""{app}\atelier-cli.exe"""; Flags: runhidden waituntilterminated; Check: IsAdminInstallMode
Filename: "{app}\atelier.exe"; Description: "{cm:LaunchProgram,Atelier}"; Flags: nowait postinstall skipifsilent

[UninstallRun]
; Remove what [Run] added (both rules share the name); harmless when there is none.
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall delete rule name=""Atelier stemmen"""; Flags: runhidden waituntilterminated; Check: IsAdminInstallMode; RunOnceId: "AtelierFirewall"
