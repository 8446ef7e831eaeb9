; Inno Setup script for ExportAudit on Windows (Inno Setup 6).
; Build on Windows after `pyinstaller packaging\exportaudit.spec` has produced dist\exportaudit\:
;   iscc /DAppVersion=0.1.0 packaging\windows\exportaudit.iss
; Output: dist\ExportAudit-<version>-setup.exe, a per-user or all-users installer with a Start-menu entry.
; The Chinese wizard text (ChineseSimplified.isl) is an unofficial Inno Setup translation: copy it from
; jrsoftware/issrc, Files/Languages/Unofficial/, into Inno Setup's Languages folder first (the CI workflow does).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6B1E9C1A-7E2D-4C55-9C7B-0D2F3E8A4B11}
AppName=ExportAudit
AppVersion={#AppVersion}
AppVerName=ExportAudit {#AppVersion}
AppPublisher=ExportAudit
DefaultDirName={autopf}\ExportAudit
DefaultGroupName=ExportAudit
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=ExportAudit-{#AppVersion}-setup
SetupIconFile=..\icons\exportaudit.ico
UninstallDisplayIcon={app}\exportaudit.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\resources\fonts\LICENSE-Apache-2.0.txt

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "zh"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\exportaudit\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\ExportAudit"; Filename: "{app}\exportaudit.exe"
Name: "{group}\{cm:UninstallProgram,ExportAudit}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\ExportAudit"; Filename: "{app}\exportaudit.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\exportaudit.exe"; Description: "{cm:LaunchProgram,ExportAudit}"; Flags: nowait postinstall skipifsilent
