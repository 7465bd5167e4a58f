package org.lpodesk.correspondence;

import java.util.Locale;
import java.util.Set;

/**
 * Which attachments could run on the machine of whoever opens them: by name, by declared type
 * and by the first bytes (a Windows or Linux program renamed to ".pdf" is still one). Office
 * files with macros count: they are the usual way such code arrives at a law firm.
 */
public final class AttachmentTypes {

    private static final Set<String> EXTENSIONS = Set.of("exe", "com", "bat", "cmd", "scr", "pif", "msi", "msp",
            "mst", "cpl", "dll", "sys", "js", "jse", "vbs", "vbe", "wsf", "wsh", "ws", "ps1", "psm1", "psd1", "hta",
            "jar", "class", "sh", "bash", "zsh", "csh", "ksh", "command", "app", "dmg", "pkg", "apk", "deb", "rpm",
            "lnk", "reg", "scf", "inf", "iso", "img", "vhd", "vhdx", "docm", "dotm", "xlsm", "xltm", "xlam", "pptm",
            "potm", "ppsm", "sldm", "one", "chm", "appx", "msix", "appref-ms", "gadget", "url");
    private static final Set<String> MIME_TYPES = Set.of("application/x-msdownload", "application/x-msdos-program",
            "application/x-executable", "application/x-elf", "application/x-sh", "application/x-shellscript",
            "application/java-archive", "application/x-java-archive", "application/vnd.microsoft.portable-executable",
            "application/x-ms-installer", "application/x-msi", "application/hta", "application/x-bat",
            "application/vnd.ms-word.document.macroenabled.12", "application/vnd.ms-excel.sheet.macroenabled.12",
            "application/vnd.ms-powerpoint.presentation.macroenabled.12", "application/javascript",
            "text/javascript", "application/x-apple-diskimage");

    private AttachmentTypes() {
    }

    public static boolean executable(String fileName, String mimeType, byte[] firstBytes) {
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        // "invoice.pdf.exe" and "invoice.exe " alike: the last extension decides
        while (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        int dot = name.lastIndexOf('.');
        if (dot >= 0 && EXTENSIONS.contains(name.substring(dot + 1))) {
            return true;
        }
        String type = mimeType == null ? "" : mimeType.toLowerCase(Locale.ROOT);
        int parameters = type.indexOf(';');
        if (MIME_TYPES.contains((parameters >= 0 ? type.substring(0, parameters) : type).strip())) {
            return true;
        }
        return startsWith(firstBytes, 'M', 'Z') || startsWith(firstBytes, 0x7f, 'E', 'L', 'F')
                || startsWith(firstBytes, '#', '!');
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes == null || bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
