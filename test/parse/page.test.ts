import { describe, expect, it } from 'vitest';
import { parsePage } from '../../generator/parse/index.js';

const page = (lines: string[]) => parsePage(lines.join('\n'), 'page.md');

describe('parsePage', () => {
  it('reads front matter, title, namespace and summary with positions', () => {
    const result = page([
      '---', 'title: "thing resource type"', 'description: "A thing."', 'doc_type: resourcePageType', '---', '',
      '# thing resource type', '', 'Namespace: microsoft.graph.things', '',
      '[!INCLUDE [beta-disclaimer](../../includes/beta-disclaimer.md)]', '', 'A **thing** of `some` kind.', '',
    ]);
    expect(result).toMatchObject({
      docType: 'resourcePageType',
      frontMatterTitle: 'thing resource type',
      frontMatterDescription: 'A thing.',
      title: { text: 'thing resource type', position: { line: 7, column: 1 } },
      namespace: { name: 'microsoft.graph.things', position: { line: 9, column: 1 } },
      summary: 'A **thing** of `some` kind.',
    });
  });

  it('reads Properties and Relationships tables, with rows in their columns and positions', () => {
    const result = page([
      '# thing resource type', '', '## Properties', '',
      '| Property | Type | Description |', '|:--|:--|:--|', '| a | [b](b.md) collection | Read-only. |', '',
      '## Relationships', '', 'Relationship | Type | Description', '---|---|---', 'c | [d][] | Nullable.', '',
      '## Methods', '', '| Method | Return type | Description |', '|--|--|--|', '| [List](x.md) | a collection | x |', '',
      '[d]: d.md',
    ]);
    expect(result.properties).toEqual([{
      name: 'a', type: { text: 'b collection', links: [{ text: 'b', url: 'b.md' }] },
      description: { text: 'Read-only.', links: [] }, position: { line: 7, column: 1 },
    }]);
    expect(result.relationships).toEqual([{
      name: 'c', type: { text: 'd', links: [{ text: 'd', url: 'd.md' }] },
      description: { text: 'Nullable.', links: [] }, position: { line: 13, column: 1 },
    }]);
  });

  it('finds the column order from the header', () => {
    const result = page(['## Properties', '', '| Description | Type | Name |', '|--|--|--|', '| The a. | Int32 | a |']);
    expect(result.properties[0]).toMatchObject({ name: 'a', type: { text: 'Int32' }, description: { text: 'The a.' } });
  });

  it('reads enum tables from "### x values" headings and from an enum page\'s Members', () => {
    const values = page(['# Enum values', '', '### callType values', '', '| Member', '|:--', '| unknown', '| `groupCall`']);
    expect(values.enumTables).toEqual([{
      name: 'callType', description: '', position: { line: 5, column: 1 },
      members: [
        { name: 'unknown', description: '', position: { line: 7, column: 1 } },
        { name: 'groupCall', description: '', position: { line: 8, column: 1 } },
      ],
    }]);
    const members = page(['# shade enum type', '', '## Members', '', '|Member|Value|Description|', '|--|--|--|', '|light|0|Pale.|']);
    expect(members.enumTables).toMatchObject([{ name: 'shade', members: [{ name: 'light', value: '0', description: 'Pale.' }] }]);
  });

  it('pairs the resource annotation with the JSON block after it; later blocks are examples', () => {
    const result = page([
      '## JSON representation', '',
      '<!-- { "blockType": "resource", "@type": "#microsoft.graph.thing", "baseType": "microsoft.graph.base", "openType": true,',
      '  "optionalProperties": ["a"], "keyProperty": "id", } -->', '',
      '```json', '{', '  "a": "x | y",', '  /* navigation */', '  "b": [{"@odata.type": "microsoft.graph.b"}]', '}', '```', '',
      '<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.thing" } -->', '```json', '{ "a": "x" }', '```',
    ]);
    expect(result.resourceBlocks).toHaveLength(2);
    expect(result.resourceBlocks[0]).toEqual({
      annotation: {
        odataType: 'microsoft.graph.thing', baseType: 'microsoft.graph.base', openType: true,
        optionalProperties: ['a'], keyProperty: 'id', position: { line: 3, column: 1 },
      },
      position: { line: 3, column: 1 },
      json: {
        position: { line: 7, column: 1 },
        properties: [
          { name: 'a', shape: { kind: 'string', text: 'x | y' }, position: { line: 8, column: 3 } },
          { name: 'b', shape: { kind: 'array', element: { kind: 'object', odataType: 'microsoft.graph.b' } }, position: { line: 10, column: 3 } },
        ],
      },
    });
    expect(result.diagnostics).toEqual([]);
  });

  it('reads a JSON block without an annotation under "JSON representation"', () => {
    const result = page(['## JSON representation', '', '```json', '{ "n": 1, "f": 1.5, "b": true, "z": null }', '```']);
    expect(result.resourceBlocks[0]?.json?.properties.map((property) => property.shape)).toEqual([
      { kind: 'number', integer: true }, { kind: 'number', integer: false }, { kind: 'boolean' }, { kind: 'null' },
    ]);
  });

  it('records "Inherits from" links wherever the prose says so', () => {
    const result = page(['# a resource type', '', 'A thing. Inherits from [base](base.md).', '', '## JSON representation', '',
      'The resource is derived from [**other**][other] and adds to it.', '', '[other]: other.md']);
    expect(result.inheritsFrom).toEqual([
      { link: { text: 'base', url: 'base.md' }, position: { line: 3, column: 1 } },
      { link: { text: 'other', url: 'other.md' }, position: { line: 7, column: 1 } },
    ]);
  });

  it('points at the exact fault of a broken annotation or JSON block', () => {
    const result = page(['<!-- {', '  "blockType": "resource",', '  "a": [1 2]', '} -->', '```json', '{', '  "a": "String",', '  "b": ', '```']);
    expect(result.diagnostics.map((d) => [d.ruleId, d.line, d.column])).toEqual([['annotation-invalid', 3, 11], ['json-invalid', 8, 8]]);
    // `b` has a name but no value: it is the fault itself, and only what precedes it is kept.
    expect(result.resourceBlocks[0]?.json?.properties.map((property) => property.name)).toEqual(['a']);
  });

  it('skips group-label rows quietly and reports rows it cannot read', () => {
    const result = page(['## Properties', '', '|Property|Type|Description|', '|--|--|--|', '|**Apps**|', '|a|String|x|', '|The rest of a broken cell.|', '|`1st`|String|x|']);
    expect(result.properties.map((property) => property.name)).toEqual(['a']);
    expect(result.diagnostics.map((d) => [d.ruleId, d.line])).toEqual([['row-invalid', 7], ['row-invalid', 8]]);
  });

  it('does not read prose tables under Properties as property lists', () => {
    const result = page(['## Properties', '', '| Scenario | Has reviewers? |', '|--|--|', '| One-time | Yes |']);
    expect(result.properties).toEqual([]);
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['table-columns']);
  });

  it('survives a page that is not markdown at all', () => {
    const result = parsePage('\u0000\u0001 | | |\n|-|\n<!-- {', 'binary.md');
    expect(result.properties).toEqual([]);
  });
});
