import Bowser from 'bowser';

/** A session's browser and system as a person says it, e.g. "Chrome 131 sur Linux". */
export function describeBrowser(userAgent: string | null): string {
  if (!userAgent) return 'Navigateur inconnu';
  const parser = Bowser.getParser(userAgent);
  const browser = parser.getBrowser();
  const os = parser.getOS();
  if (!browser.name) {
    // Scripts using the token as a bearer: curl/8.5.0, node, python-requests/2.31…
    const tool = /^([A-Za-z][\w.-]{0,40})(?:\/(\d+))?/.exec(userAgent.trim());
    return tool ? `Script (${tool[1]}${tool[2] ? ` ${tool[2]}` : ''})` : 'Navigateur inconnu';
  }
  const major = browser.version?.split('.')[0];
  const name = major ? `${browser.name} ${major}` : browser.name;
  const system = os.name ? `${os.name}${os.versionName ? ` ${os.versionName}` : ''}` : null;
  return system ? `${name} sur ${system}` : name;
}
