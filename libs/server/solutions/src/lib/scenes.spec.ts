import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSceneKey, SCENE_KEYS } from './scenes';

describe('scene keys', () => {
  it('are the scenes of the MIIT framework document, in its order', () => {
    const path = join(__dirname, '../../../assessment/src/lib/frameworks/miit-sme-dl-2024.json');
    const doc = JSON.parse(readFileSync(path, 'utf8')) as { scenes: Array<{ id: string }> };
    expect(doc.scenes.map((s) => s.id)).toEqual([...SCENE_KEYS]);
    expect(isSceneKey('warehousing')).toBe(true);
    expect(isSceneKey('teleportation')).toBe(false);
  });
});
