# Part 6: extra ordinary surrounding mail (sorted into arrival order by write_all).
from gen_aws import *

w = T('2025-02-20 14:32:10')
txt = """小笠原 拓海さん

課題が更新されました。

[INFRA-231] 旧サンドボックス VPC の削除とNATゲートウェイ停止
状態: 処理中 → 完了
担当者: 小笠原 拓海
更新者: 森田 翔

コメント:
削除確認しました。請求に残っていないか来月確認お願いします。

https://seiran.backlog.jp/view/INFRA-231

※このメールは送信専用アドレスから配信されています。
"""
add(w, addr('Backlog', 'no-reply@backlog.jp'), ME_C, '[Backlog] [INFRA-231] 旧サンドボックス VPC の削除とNATゲートウェイ停止',
    leaf(txt, cte='base64'), L('unrelated'),
    'Project-tracker notification ("状態: 完了", a colleague\'s request in a comment); not a support case.',
    top=m365_in(w, ME_C, 'no-reply@backlog.jp', '52.69.186.44', dkim_d='backlog.jp', from_dom='backlog.jp'))

w = T('2025-04-30 07:05:00')
html = """<html><body style="font-family:sans-serif">
<h2>今週のトレンド記事</h2>
<ol>
<li><a href="https://zenn.dev/articles/aws-cert-merge">転職したのでAWS認定アカウントを個人アドレスに統合した話</a> &mdash; ♥ 312</li>
<li><a href="https://zenn.dev/articles/support-case-tips">AWSサポートケースの上手な書き方</a> &mdash; ♥ 205</li>
<li><a href="https://zenn.dev/articles/tf-111">Terraform 1.11 で変わったこと</a> &mdash; ♥ 188</li>
</ol>
<p>「アカウントの統合」をサポートに依頼すると、確認メールに返信してから数十分で完了した、という体験談が話題です。</p>
<p style="font-size:11px;color:#888">配信停止は<a href="https://zenn.dev/settings/email">こちら</a></p>
</body></html>
"""
add(w, addr('Zenn', 'noreply@zenn.dev'), ME_P, 'Zenn 週間トレンド: 転職したのでAWS認定アカウントを個人アドレスに統合した話 ほか',
    leaf(html, 'html', cte='quoted-printable'), L('unrelated'),
    'HTML-only tech newsletter whose lead article is about merging certification accounts and replying to the '
    'confirmation mail.',
    top=gmail_in(w, ME_P, 'bounce@zenn.dev', 'o1.ptr2044.zenn.dev', '149.72.33.201', dkim_d='zenn.dev', from_dom='zenn.dev',
                 policy='p=NONE sp=NONE dis=NONE'),
    extra=[('List-Unsubscribe', '<https://zenn.dev/settings/email>')])

w = T('2025-06-08 19:22:47')
txt = """Takumi, your network noticed your new certification

Haruto Nishida and 11 others reacted to your post "Moved my AWS certifications to my personal account - all 3 badges are back on Credly."

See all reactions: https://www.linkedin.com/feed/update/urn:li:activity:7337412209913

Haruto Nishida commented: "Did AWS support ask you to confirm anything before merging?"

Reply to Haruto: https://www.linkedin.com/feed/update/urn:li:activity:7337412209913?commentUrn=urn%3Ali%3Acomment%3A7337

You are receiving notification emails. Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085
"""
add(w, 'LinkedIn <notifications-noreply@linkedin.com>', ME_P, 'Haruto Nishida and 11 others reacted to your post',
    leaf(txt, cte='quoted-printable'), L('unrelated'),
    'Social notification quoting a question about the merge; a friend\'s question, not support\'s.',
    top=gmail_in(w, ME_P, 's-2mf81k0q@bounce.linkedin.com', 'mailb-ea.linkedin.com', '108.174.0.215',
                 dkim_d='linkedin.com', from_dom='linkedin.com', policy='p=REJECT sp=REJECT dis=NONE'))

w = T('2025-06-17 12:01:30')
cal = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000B07C8A3D5ADFDB01
DTSTART:20250620T050000Z
DTEND:20250620T060000Z
SUMMARY:引き継ぎMTG(クラウド基盤)
ORGANIZER;CN=森田 翔:mailto:morita.sho@seiran-sys.co.jp
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:t-ogasawara@seiran-sys.co.jp
LOCATION:会議室B / Teams
END:VEVENT
END:VCALENDAR
"""
txt = """引き継ぎ資料のレビューをお願いします。AWS アカウント関連(サンドボックスのルートユーザー等)も確認したいです。

森田
"""
add(w, addr('森田 翔', 'morita.sho@seiran-sys.co.jp'), addr(ME_JA, ME_C), '引き継ぎMTG(クラウド基盤)',
    multi('alternative', [leaf(txt, cte='base64'),
                          ([('Content-Type', 'text/calendar; charset="utf-8"; method=REQUEST'),
                            ('Content-Transfer-Encoding', 'base64')], base64.encodebytes(cal.encode('utf-8')))],
          style='outlook'),
    L('unrelated'), 'Calendar invitation (text/calendar, RSVP) from a colleague - asks for a response, but not '
    'from support.', top=m365_internal(w, ME_C), crlf=True,
    extra=[('Thread-Topic', h('引き継ぎMTG(クラウド基盤)')), ('Content-Language', 'ja-JP')])
