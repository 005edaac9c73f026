# Build the Windows bundle and installer (run from anywhere; needs Python with Knute's
# dependencies and PyInstaller, and Inno Setup 6's iscc on PATH or in its default folder).
#   powershell -File installers\windows\build.ps1
$ErrorActionPreference = "Stop"
$Root = Resolve-Path "$PSScriptRoot\..\.."
Set-Location $Root
$Version = (python -c "import desktop_app; print(desktop_app.__version__)").Trim()
python -m PyInstaller installers\knute.spec --noconfirm --distpath dist --workpath build\pyinstaller
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
& dist\knute\knute-cli.exe --version
if ($LASTEXITCODE -ne 0) { throw "the frozen knute-cli.exe does not run" }
$Iscc = (Get-Command iscc -ErrorAction SilentlyContinue).Source
if (-not $Iscc) { $Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $Iscc "/DAppVersion=$Version" installers\windows\knute.iss
if ($LASTEXITCODE -ne 0) { throw "iscc failed" }
Get-ChildItem dist\knute-*-windows-setup.exe
