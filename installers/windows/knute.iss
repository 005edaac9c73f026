; Inno Setup 6 script for Knute on Windows: a per-user install (no administrator rights) into
; %LOCALAPPDATA%\Programs\Knute, a Start-menu entry, the .knute file association with the
; document icon, and an uninstaller (Settings -> Apps). Build the bundle first:
;
;   pyinstaller installers\knute.spec --noconfirm --distpath dist --workpath build\pyinstaller
;   iscc /DAppVersion=0.1.0 installers\windows\knute.iss
;
; (installers\windows\build.ps1 does both.) Output: dist\knute-VERSION-windows-setup.exe.
; dist\knute\ holds knute.exe (the window; what a double-click runs) and knute-cli.exe (the
; same program with a console, for the command line).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define Root AddBackslash(SourcePath) + "..\.."

[Setup]
AppId={{6B1F3C2A-7D4E-4F0B-9C85-2E7A1D9B4F60}
AppName=Knute
AppVersion={#AppVersion}
AppVerName=Knute {#AppVersion}
AppPublisher=The Knute developers
DefaultDirName={autopf}\Knute
DefaultGroupName=Knute
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=lowest
ChangesAssociations=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=knute-{#AppVersion}-windows-setup
SetupIconFile={#Root}\build\icons\knute.ico
UninstallDisplayIcon={app}\knute.exe
UninstallDisplayName=Knute
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "nb"; MessagesFile: "compiler:Languages\Norwegian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\knute\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#Root}\build\icons\knute-document.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{group}\Knute"; Filename: "{app}\knute.exe"; Comment: "Relationship maps for key account management"
Name: "{autodesktop}\Knute"; Filename: "{app}\knute.exe"; Tasks: desktopicon

[Registry]
; HKCU\Software\Classes: the current user's file types, writable without administrator rights.
Root: HKCU; Subkey: "Software\Classes\.knute"; ValueType: string; ValueName: ""; ValueData: "Knute.Map"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.knute"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-knute"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.knute\OpenWithProgids"; ValueType: string; ValueName: "Knute.Map"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\Knute.Map"; ValueType: string; ValueName: ""; ValueData: "Knute map"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Knute.Map\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\knute-document.ico"
Root: HKCU; Subkey: "Software\Classes\Knute.Map\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\knute.exe"" ""%1"""
Root: HKCU; Subkey: "Software\Classes\Applications\knute.exe\SupportedTypes"; ValueType: string; ValueName: ".knute"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\knute.exe"; Description: "{cm:LaunchProgram,Knute}"; Flags: nowait postinstall skipifsilent
