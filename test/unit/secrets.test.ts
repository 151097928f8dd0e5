import { describe, expect, it } from 'vitest'
import { redactSecrets, registerSecret, stripUrlCredentials, urlSecrets } from '../../src/common/secrets.js'

describe('secrets in text', () => {
  it('strips every form of URL credentials: user:password, a bare token, an @ in the password', () => {
    expect(stripUrlCredentials('clone https://user:pw@host/x.git')).toBe('clone https://host/x.git')
    expect(stripUrlCredentials('clone https://ghp_TOKEN@github.com/o/r')).toBe('clone https://github.com/o/r')
    expect(stripUrlCredentials('https://me:p@ss@w0rd@host/r and http://a:b@c/d')).toBe(
      'https://host/r and http://c/d',
    )
    expect(stripUrlCredentials('git@github.com:owner/repo.git')).toBe('git@github.com:owner/repo.git')
    expect(urlSecrets('https://me:p%40ss@host/')).toEqual(expect.arrayContaining(['p%40ss', 'p@ss']))
  })

  it('replaces registered secrets, and their URL-encoded and base64 forms, wherever they appear', () => {
    registerSecret('s3cr3t/value+1')
    const text = `a s3cr3t/value+1 b ${encodeURIComponent('s3cr3t/value+1')} c ${Buffer.from('s3cr3t/value+1').toString('base64')}`
    expect(redactSecrets(text)).toBe('a *** b *** c ***')
    registerSecret('abc')
    expect(redactSecrets('abc')).toBe('abc')
  })
})
