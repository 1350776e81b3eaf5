/**
 * Line icons drawn for the app (24×24, stroke = currentColor), so nothing is fetched
 * from an icon CDN and every icon follows the text colour.
 */
import type { ReactNode } from 'react';

const paths = {
  ticket: (
    <>
      <path d="M3 8a2 2 0 0 0 2-2h14a2 2 0 0 0 2 2v2a2 2 0 0 0 0 4v2a2 2 0 0 0-2 2H5a2 2 0 0 0-2-2v-2a2 2 0 0 0 0-4z" />
      <path d="M9 6v12" strokeDasharray="2 2" />
      <path d="M13 10h4M13 14h3" />
    </>
  ),
  counter: (
    <>
      <circle cx="12" cy="6.5" r="3" />
      <path d="M6.5 14a5.5 5.5 0 0 1 11 0" />
      <path d="M2.5 14h19v3h-19z" />
      <path d="M5 17v4M19 17v4" />
    </>
  ),
  display: (
    <>
      <rect x="2.5" y="4" width="19" height="12.5" rx="1.5" />
      <path d="M8 20.5h8M12 16.5v4" />
      <path d="M7 9h4M7 12h7M15.5 8.5v4" />
    </>
  ),
  shield: (
    <>
      <path d="M12 2.5 4 5.5v6c0 4.7 3.3 8.6 8 10 4.7-1.4 8-5.3 8-10v-6z" />
      <path d="m8.5 12 2.5 2.5 4.5-5" />
    </>
  ),
  user: (
    <>
      <circle cx="12" cy="8" r="4" />
      <path d="M4 21a8 8 0 0 1 16 0" />
    </>
  ),
  logout: (
    <>
      <path d="M15 4h3a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-3" />
      <path d="M10 17l-5-5 5-5M5 12h11" />
    </>
  ),
  alert: (
    <>
      <path d="M12 3 2 20.5h20z" />
      <path d="M12 10v4.5M12 17.5v.5" />
    </>
  ),
  check: (
    <>
      <circle cx="12" cy="12" r="9.5" />
      <path d="m7.5 12.5 3 3 6-6.5" />
    </>
  ),
  info: (
    <>
      <circle cx="12" cy="12" r="9.5" />
      <path d="M12 11v6M12 7.5v.5" />
    </>
  ),
  offline: (
    <>
      <path d="M2 8.5a15 15 0 0 1 20 0M5.5 12a10 10 0 0 1 13 0M9 15.5a5 5 0 0 1 6 0" />
      <path d="M12 19.5v.5M3 3l18 18" />
    </>
  ),
  inbox: (
    <>
      <path d="M3 13.5 5.5 5h13l2.5 8.5v5a1.5 1.5 0 0 1-1.5 1.5h-15A1.5 1.5 0 0 1 3 18.5z" />
      <path d="M3 13.5h5l1.5 2.5h5l1.5-2.5h5" />
    </>
  ),
  building: (
    <>
      <path d="M3 21h18M4.5 21V10M19.5 21V10M9 21v-6h6v6" />
      <path d="M2.5 10 12 3.5l9.5 6.5z" />
    </>
  ),
  clock: (
    <>
      <circle cx="12" cy="12" r="9.5" />
      <path d="M12 7v5l3.5 2" />
    </>
  ),
  family: (
    <>
      <circle cx="7.5" cy="6" r="2.5" />
      <circle cx="16.5" cy="6" r="2.5" />
      <circle cx="12" cy="13" r="2" />
      <path d="M3.5 20v-6a4 4 0 0 1 8 0M12.5 14a4 4 0 0 1 8 0v6M9 21a3 3 0 0 1 6 0" />
    </>
  ),
  stamp: (
    <>
      <path d="M9.5 4.5a2.5 2.5 0 0 1 5 0c0 2-1.5 3-1.5 5.5v1.5h-2V10c0-2.5-1.5-3.5-1.5-5.5z" />
      <path d="M4.5 11.5h15v4h-15zM6 19.5h12" />
    </>
  ),
  land: (
    <>
      <path d="M3 6.5 9 4l6 2.5L21 4v13.5L15 20l-6-2.5L3 20z" />
      <path d="M9 4v13.5M15 6.5V20" />
    </>
  ),
  care: (
    <>
      <path d="M12 11.5C9 9 7 7.6 7 5.6A2.6 2.6 0 0 1 12 4.5a2.6 2.6 0 0 1 5 1.1c0 2-2 3.4-5 5.9z" />
      <path d="M2.5 15.5h3l3.5-1.5h4a1.5 1.5 0 0 1 0 3h-3M5.5 20.5l3-1h6l6-4.5a1.5 1.5 0 0 0-2-2l-3.5 2.5" />
    </>
  ),
  briefcase: (
    <>
      <rect x="3" y="7" width="18" height="13" rx="1.5" />
      <path d="M8.5 7V5a1.5 1.5 0 0 1 1.5-1.5h4A1.5 1.5 0 0 1 15.5 5v2M3 12.5h18" />
    </>
  ),
  scales: (
    <>
      <path d="M12 3.5v17M7 20.5h10M5 6.5h14" />
      <path d="m5 6.5-3 7a3 3 0 0 0 6 0zM19 6.5l-3 7a3 3 0 0 0 6 0z" />
    </>
  ),
  crane: (
    <>
      <path d="M5 21V3.5h2V21M3 21h6M7 4.5h13.5l-2 2.5H7" />
      <path d="M17 7v4M15.5 11h3v2.5h-3z" />
    </>
  ),
  car: (
    <>
      <path d="M4 16.5v-4l2-5.5h12l2 5.5v4z" />
      <path d="M4 12.5h16M6 16.5v2.5M18 16.5v2.5" />
      <circle cx="7.5" cy="14.5" r=".6" />
      <circle cx="16.5" cy="14.5" r=".6" />
    </>
  ),
  book: (
    <>
      <path d="M12 6.5C10 5 7 4.5 3.5 4.5v14c3.5 0 6.5.5 8.5 2 2-1.5 5-2 8.5-2v-14C17 4.5 14 5 12 6.5zM12 6.5v14" />
    </>
  ),
  health: (
    <>
      <rect x="3.5" y="3.5" width="17" height="17" rx="3" />
      <path d="M12 8v8M8 12h8" />
    </>
  ),
  chevron: <path d="m9 5 7 7-7 7" />,
  back: <path d="m15 5-7 7 7 7" />,
  elderly: (
    <>
      <circle cx="10" cy="4" r="2" />
      <path d="M10.5 7.5 8 13l2.5 2.5V21M8 13l-2 8M10 8.5l3.5 3" />
      <path d="M14.5 10.5a1.5 1.5 0 0 1 3 0V21" />
    </>
  ),
  wheelchair: (
    <>
      <circle cx="11" cy="3.8" r="1.8" />
      <path d="M11 7v6h5.5l2.5 6M11 10h4.5" />
      <path d="M7.5 11a5.5 5.5 0 1 0 8 6.5" />
    </>
  ),
  pregnant: (
    <>
      <circle cx="11.5" cy="3.6" r="1.9" />
      <path d="M10.5 7c-1 1.6-1.3 3.8-.8 6.2l.8 7.8" />
      <path d="M10.7 7.2c3.6.4 5.6 2.4 5.6 4.9 0 2.3-2.1 3.4-4.8 3.1l.5 5.8" />
      <path d="m11.5 9.5-2.8 3.2" />
    </>
  ),
  medal: (
    <>
      <path d="m8 2.5 3 6.5M16 2.5 13 9" />
      <circle cx="12" cy="15" r="5.5" />
      <path d="m12 12.2 1 2 2.1.3-1.5 1.5.4 2.1-2-1-2 1 .4-2.1-1.5-1.5 2.1-.3z" />
    </>
  ),
  child: (
    <>
      <circle cx="7.5" cy="4" r="2" />
      <path d="M7.5 7.5v7M7.5 14.5 5.5 21M7.5 14.5l2 6.5M4.5 11l3-2.5 5.5 4" />
      <circle cx="16.5" cy="11" r="1.7" />
      <path d="M16.5 13.5v3.5M16.5 17l-1.5 4M16.5 17l1.5 4M13 12.5l2.5 2.5h2.5" />
    </>
  ),
  printer: (
    <>
      <path d="M7 9V3.5h10V9M7 17H4.5A1.5 1.5 0 0 1 3 15.5v-5A1.5 1.5 0 0 1 4.5 9h15a1.5 1.5 0 0 1 1.5 1.5v5a1.5 1.5 0 0 1-1.5 1.5H17" />
      <path d="M7 14h10v6.5H7zM17.5 12h.01" />
    </>
  ),
  sound: (
    <>
      <path d="M3.5 9.5H7L11.5 5.5v13L7 14.5H3.5z" />
      <path d="M15 9a4.2 4.2 0 0 1 0 6M17.8 6.3a8 8 0 0 1 0 11.4" />
    </>
  ),
  call: (
    <>
      <path d="M3.5 10v4h3l8.5 4.5v-13L6.5 10z" />
      <path d="m6.5 14 1.5 5.5h2.5L9.5 15M18.5 9.5a3.5 3.5 0 0 1 0 5" />
    </>
  ),
  recall: (
    <>
      <path d="M4 12a8 8 0 0 1 13.7-5.6L20 8.5M20 4v4.5h-4.5" />
      <path d="M20 12a8 8 0 0 1-13.7 5.6L4 15.5M4 20v-4.5h4.5" />
    </>
  ),
  play: (
    <>
      <circle cx="12" cy="12" r="9.5" />
      <path d="M10 8.5v7l5.5-3.5z" />
    </>
  ),
  absent: (
    <>
      <circle cx="10" cy="8" r="3.5" />
      <path d="M3.5 20.5a6.5 6.5 0 0 1 13 0M17 8.5l4 4M21 8.5l-4 4" />
    </>
  ),
  transfer: <path d="M4 8h15l-3.5-3.5M20 16H5l3.5 3.5" />,
  pause: (
    <>
      <circle cx="12" cy="12" r="9.5" />
      <path d="M10 8.5v7M14 8.5v7" />
    </>
  ),
  power: <path d="M12 3v8.5M6.5 6.5a8 8 0 1 0 11 0" />,
  chart: <path d="M3.5 3.5v17h17M8 16.5v-4M12 16.5v-8M16 16.5v-6" />,
  hourglass: <path d="M6.5 3.5h11M6.5 20.5h11M8 3.5V6a4 4 0 0 0 4 4 4 4 0 0 1 4 4v6.5M16 3.5V6a4 4 0 0 1-4 4 4 4 0 0 0-4 4v6.5" />,
  people: (
    <>
      <circle cx="9" cy="7.5" r="3" />
      <path d="M3 20a6 6 0 0 1 12 0" />
      <path d="M15.5 4.8a3 3 0 0 1 0 5.4M17.5 14.5A6 6 0 0 1 21 20" />
    </>
  ),
  document: (
    <>
      <path d="M6 2.5h8.5L19 7v14.5H6z" />
      <path d="M14 2.5V7h5M9 12h7M9 15.5h7M9 9h3" />
    </>
  ),
} satisfies Record<string, ReactNode>;

export type IconName = keyof typeof paths;

export function isIconName(value: string): value is IconName {
  return Object.prototype.hasOwnProperty.call(paths, value);
}

export function Icon({ name, size = 24, className }: { name: IconName; size?: number; className?: string }) {
  return (
    <svg
      className={className}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.7}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {paths[name]}
    </svg>
  );
}
