// The post's only script: tells the reader which topic they opened on the big map. An external
// file (not inline) so the page works under a strict Content-Security-Policy.
const map = document.getElementById('python-map');
const line = document.getElementById('reading-now');

map.addEventListener('topic-select', (event) => {
  const { id, topic } = event.detail;
  if (id === null || topic === null) {
    line.textContent = 'Open a topic on the map and it will show up here.';
    return;
  }
  // textContent, never innerHTML: titles are data.
  line.textContent = `You opened: ${topic.title}`;
});

map.addEventListener('progress-change', (event) => {
  const done = Object.values(event.detail.progress).filter((state) => state === 'done').length;
  line.dataset.done = String(done);
});
