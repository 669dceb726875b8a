import '@roadmap-graph/react/style.css';

export const metadata = { title: 'Python Backend Developer roadmap' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
