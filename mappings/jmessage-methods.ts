/**
 * The methods of the JMessage web / mini-program SDK instance (`JIM = new JMessage()`) and whether each is safe to
 * call again, judged from the SDK source and the JMessage web API docs. Calls return a chain
 * (`.onSuccess().onFail().onTimeout()`), not a promise: wrap the instance with `wrapJIM` (or pass
 * `promiseOf: jmessageChain` to `wrapClient`). The SDK re-sends a message up to 5 times by itself, so sends are
 * never retried on top; calls made before `init` / `login` throw synchronously (they become rejections).
 */
import type { MethodTable } from '../src/retry/methods.js';

/** `JIM` methods → {@link MethodTable} safety. */
export const jmessageMethods: MethodTable = {
  // Session
  init: 'not-idempotent', // opens the channel; calling it again re-initialises the socket
  login: 'sdk-retries', // sent after 500 ms by the SDK; a second login is a repeat login
  register: 'not-idempotent', // a repeat fails with "user already exists"
  loginOut: 'local', // closes the socket synchronously, returns nothing
  isInit: 'local', // state flag
  isLogin: 'local', // state flag
  isConnect: 'local', // state flag
  // Listeners (synchronous registration)
  onMsgReceive: 'local', // listener registration
  onEventNotification: 'local', // listener registration
  onSyncConversation: 'local', // listener registration
  onSyncEvent: 'local', // listener registration
  onSyncMsgReceipt: 'local', // listener registration
  onMsgReceiptChange: 'local', // listener registration
  onUserInfUpdate: 'local', // listener registration
  onMutiUnreadMsgUpdate: 'local', // listener registration
  onTransMsgRec: 'local', // listener registration
  onRoomMsg: 'local', // listener registration
  onDisconnect: 'local', // listener registration
  // Local conversation state
  resetUnreadCount: 'local', // updates the local unread count (and reports it in the background)
  getUnreadMsgCnt: 'local', // read from local storage
  updateConversation: 'local', // writes conversation extras to local storage
  // Users
  getUserInfo: 'idempotent', // read
  updateSelfInfo: 'idempotent', // sets fields to values
  updateSelfAvatar: 'not-idempotent', // uploads the image again each time
  updateSelfPwd: 'not-idempotent', // a repeat fails: the old password is no longer valid
  getResource: 'idempotent', // read (a temporary URL of a media file)
  // Messages (the SDK re-sends them itself; a second call sends a second message)
  sendSingleMsg: 'sdk-retries', // text message
  sendGroupMsg: 'sdk-retries', // text message
  sendSinglePic: 'sdk-retries', // image message
  sendGroupPic: 'sdk-retries', // image message
  sendSingleFile: 'sdk-retries', // file message
  sendGroupFile: 'sdk-retries', // file message
  sendSingleVedio: 'sdk-retries', // video message (the SDK's spelling)
  sendGroupVedio: 'sdk-retries', // video message (the SDK's spelling)
  sendSingleLocation: 'sdk-retries', // location message
  sendGroupLocation: 'sdk-retries', // location message
  sendSingleCustom: 'sdk-retries', // custom message
  sendGroupCustom: 'sdk-retries', // custom message
  sendChatroomMsg: 'sdk-retries', // chat room text message
  sendChatroomPic: 'sdk-retries', // chat room image message
  sendChatroomFile: 'sdk-retries', // chat room file message
  sendChatroomVideo: 'sdk-retries', // chat room video message
  sendChatroomCustom: 'sdk-retries', // chat room custom message
  sendChatroomLocation: 'sdk-retries', // chat room location message
  transSingleMsg: 'not-idempotent', // transparent message: a repeat delivers it twice
  transGroupMsg: 'not-idempotent', // transparent message: a repeat delivers it twice
  transPlatMsg: 'not-idempotent', // transparent message: a repeat delivers it twice
  msgRetract: 'not-idempotent', // a repeat fails: already retracted
  msgUnreadList: 'idempotent', // read
  addSingleReceiptReport: 'local', // queued and reported in batches by the SDK
  addGroupReceiptReport: 'local', // queued and reported in batches by the SDK
  getConversation: 'idempotent', // read
  // Groups
  createGroup: 'not-idempotent', // a repeat creates a second group
  exitGroup: 'not-idempotent', // a repeat fails: not a member
  dissolveGroup: 'not-idempotent', // a repeat fails: group not found
  getGroups: 'idempotent', // read
  getGroupInfo: 'idempotent', // read
  updateGroupInfo: 'idempotent', // sets fields to values (not with a new avatar file: that uploads again)
  getGroupMembers: 'idempotent', // read
  addGroupMembers: 'not-idempotent', // a repeat reports them as already members
  delGroupMembers: 'not-idempotent', // a repeat reports them as not members
  addGroupMemberResp: 'not-idempotent', // answers a join request; a repeat fails: already handled
  joinGroup: 'not-idempotent', // files a join application; a repeat files another
  addGroupMemSilence: 'idempotent', // sets the member's mute
  delGroupMemSilence: 'idempotent', // clears the member's mute
  addGroupKeeper: 'not-idempotent', // a repeat fails: already an admin
  delGroupKeeper: 'not-idempotent', // a repeat fails: not an admin
  changeGroupAdmin: 'not-idempotent', // a repeat fails: the caller is no longer the owner
  getAppkeyPublicGroups: 'idempotent', // read
  addGroupShield: 'idempotent', // sets the group's shield
  delGroupShield: 'idempotent', // clears the group's shield
  groupShieldList: 'idempotent', // read
  // Do-not-disturb and block lists
  getNoDisturb: 'idempotent', // read
  addSingleNoDisturb: 'idempotent', // sets DND for a user
  delSingleNoDisturb: 'idempotent', // clears DND for a user
  addGroupNoDisturb: 'idempotent', // sets DND for a group
  delGroupNoDisturb: 'idempotent', // clears DND for a group
  addGlobalNoDisturb: 'idempotent', // sets global DND
  delGlobalNoDisturb: 'idempotent', // clears global DND
  getBlacks: 'idempotent', // read
  addSingleBlacks: 'idempotent', // block-list set
  delSingleBlacks: 'idempotent', // block-list set
  // Friends
  getFriendList: 'idempotent', // read
  addFriend: 'not-idempotent', // sends a friend request; a repeat sends another
  acceptFriend: 'not-idempotent', // a repeat fails: already friends
  declineFriend: 'not-idempotent', // a repeat fails: request already handled
  delFriend: 'not-idempotent', // a repeat fails: not friends
  updateFriendMemo: 'idempotent', // sets a value
  // Chat rooms
  getAppkeyChatrooms: 'idempotent', // read
  getSelfChatrooms: 'idempotent', // read
  getChatroomInfo: 'idempotent', // read
  enterChatroom: 'not-idempotent', // a repeat fails: already in the room
  exitChatroom: 'not-idempotent', // a repeat fails: not in the room
};
